WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (SELECT "t"."customer", substr(MIN("t"."ts"), ?, ?), substr(MAX("t"."ts"), ?, ?), COUNT(DISTINCT substr("t"."ts", ?, ?)), TOTAL("t"."amount")
FROM (SELECT "i"."customer_id" AS "customer", "i"."invoice_date" AS "ts", "i"."total" AS "amount"
FROM "invoices" AS "i"
JOIN "customers" AS "c" ON ("c"."id" = "i"."customer_id")
WHERE ("c"."country" = ?)) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL) AND ("t"."ts" < ?))
GROUP BY "t"."customer"),
"rfm#first_days"("customer", "amount") AS (SELECT "t"."customer", TOTAL("t"."amount")
FROM (SELECT "i"."customer_id" AS "customer", "i"."invoice_date" AS "ts", "i"."total" AS "amount"
FROM "invoices" AS "i"
JOIN "customers" AS "c" ON ("c"."id" = "i"."customer_id")
WHERE ("c"."country" = ?)) AS "t"
CROSS JOIN "rfm#customers" AS "c" ON (("c"."customer" = "t"."customer") AND (substr("t"."ts", ?, ?) = "c"."first_day"))
GROUP BY "t"."customer")
SELECT CAST("c"."customer" AS TEXT) AS "customer", "c"."first_day" AS "first_day", "c"."last_day" AS "last_day", ("c"."days" - ?) AS "x", ((CAST(julianday(substr("c"."last_day", ?, ?)) - 2440587.5 AS INTEGER) - CAST(julianday(substr("c"."first_day", ?, ?)) - 2440587.5 AS INTEGER)) / ?) AS "t_x", ((? - CAST(julianday(substr("c"."first_day", ?, ?)) - 2440587.5 AS INTEGER)) / ?) AS "T", CASE WHEN ("c"."days" > ?) THEN (("c"."total" - "f"."amount") / ("c"."days" - ?)) END AS "mean_spend"
FROM "rfm#customers" AS "c"
JOIN "rfm#first_days" AS "f" ON ("f"."customer" = "c"."customer")
ORDER BY "c"."customer"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: integer 1
-- 4: integer 10
-- 5: integer 1
-- 6: integer 10
-- 7: text 'NO'
-- 8: text '2025-11-01'
-- 9: text 'NO'
-- 10: integer 1
-- 11: integer 10
-- 12: integer 1
-- 13: integer 1
-- 14: integer 10
-- 15: integer 1
-- 16: integer 10
-- 17: real 1.0
-- 18: integer 20392
-- 19: integer 1
-- 20: integer 10
-- 21: real 1.0
-- 22: integer 1
-- 23: integer 1
