WITH "rfm#days"("customer", "day", "amount", "first_day") AS (SELECT "t"."customer", substr("t"."ts", ?, ?), TOTAL("t"."amount"), MIN(substr("t"."ts", ?, ?)) OVER (PARTITION BY "t"."customer")
FROM (SELECT "i"."customer_id" AS "customer", "i"."invoice_date" AS "ts", "i"."total" AS "amount"
FROM "invoices" AS "i"
JOIN "customers" AS "c" ON ("c"."id" = "i"."customer_id")
WHERE ("c"."country" = ?)) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL) AND ("t"."ts" < ?))
GROUP BY "t"."customer", substr("t"."ts", ?, ?))
SELECT CAST("d"."customer" AS TEXT) AS "customer", MIN("d"."day") AS "first_day", MAX("d"."day") AS "last_day", (COUNT(*) - ?) AS "x", ((CAST(julianday(substr(MAX("d"."day"), ?, ?)) - 2440587.5 AS INTEGER) - CAST(julianday(substr(MIN("d"."day"), ?, ?)) - 2440587.5 AS INTEGER)) / ?) AS "t_x", ((? - CAST(julianday(substr(MIN("d"."day"), ?, ?)) - 2440587.5 AS INTEGER)) / ?) AS "T", CASE WHEN (COUNT(*) > ?) THEN (TOTAL(CASE WHEN ("d"."day" <> "d"."first_day") THEN "d"."amount" END) / (COUNT(*) - ?)) END AS "mean_spend", COUNT(?) OVER () AS "customers"
FROM "rfm#days" AS "d"
GROUP BY "d"."customer"
ORDER BY "d"."customer"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: integer 1
-- 4: integer 10
-- 5: text 'NO'
-- 6: text '2025-11-01'
-- 7: integer 1
-- 8: integer 10
-- 9: integer 1
-- 10: integer 1
-- 11: integer 10
-- 12: integer 1
-- 13: integer 10
-- 14: real 1.0
-- 15: integer 20392
-- 16: integer 1
-- 17: integer 10
-- 18: real 1.0
-- 19: integer 1
-- 20: integer 1
-- 21: integer 1
