WITH "rfm#days"("customer", "day", "amount", "first_day") AS (SELECT "t"."customer_id", substr("t"."invoice_date", ?, ?), TOTAL("t"."total"), MIN(substr("t"."invoice_date", ?, ?)) OVER (PARTITION BY "t"."customer_id")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."invoice_date" IS NOT NULL) AND ("t"."invoice_date" < ?))
GROUP BY "t"."customer_id", substr("t"."invoice_date", ?, ?))
SELECT CAST("d"."customer" AS TEXT) AS "customer", MIN("d"."day") AS "first_day", MAX("d"."day") AS "last_day", (COUNT(*) - ?) AS "x", ((CAST(julianday(substr(MAX("d"."day"), ?, ?)) - 2440587.5 AS INTEGER) - CAST(julianday(substr(MIN("d"."day"), ?, ?)) - 2440587.5 AS INTEGER)) / ?) AS "t_x", ((? - CAST(julianday(substr(MIN("d"."day"), ?, ?)) - 2440587.5 AS INTEGER)) / ?) AS "T", CASE WHEN (COUNT(*) > ?) THEN (TOTAL(CASE WHEN ("d"."day" <> "d"."first_day") THEN "d"."amount" END) / (COUNT(*) - ?)) END AS "mean_spend", COUNT(?) OVER () AS "customers"
FROM "rfm#days" AS "d"
GROUP BY "d"."customer"
ORDER BY "d"."customer"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: integer 1
-- 4: integer 10
-- 5: text '2025-11-01'
-- 6: integer 1
-- 7: integer 10
-- 8: integer 1
-- 9: integer 1
-- 10: integer 10
-- 11: integer 1
-- 12: integer 10
-- 13: real 7.0
-- 14: integer 20392
-- 15: integer 1
-- 16: integer 10
-- 17: real 7.0
-- 18: integer 1
-- 19: integer 1
-- 20: integer 1
