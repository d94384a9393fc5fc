WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (SELECT "t"."customer_id", substr(MIN("t"."invoice_date"), ?, ?), substr(MAX("t"."invoice_date"), ?, ?), COUNT(DISTINCT substr("t"."invoice_date", ?, ?)), TOTAL("t"."total")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."invoice_date" IS NOT NULL) AND ("t"."invoice_date" < ?))
GROUP BY "t"."customer_id"),
"rfm#first_days"("customer", "amount") AS (SELECT "t"."customer_id", TOTAL("t"."total")
FROM "invoices" AS "t"
CROSS JOIN "rfm#customers" AS "c" ON (("c"."customer" = "t"."customer_id") AND (substr("t"."invoice_date", ?, ?) = "c"."first_day"))
GROUP BY "t"."customer_id")
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
-- 7: text '2025-11-01'
-- 8: integer 1
-- 9: integer 10
-- 10: integer 1
-- 11: integer 1
-- 12: integer 10
-- 13: integer 1
-- 14: integer 10
-- 15: real 7.0
-- 16: integer 20392
-- 17: integer 1
-- 18: integer 10
-- 19: real 7.0
-- 20: integer 1
-- 21: integer 1
