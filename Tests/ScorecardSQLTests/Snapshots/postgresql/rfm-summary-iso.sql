WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (SELECT "t"."customer_id", substr(MIN("t"."invoice_date"), $1, $2), substr(MAX("t"."invoice_date"), $3, $4), COUNT(DISTINCT substr("t"."invoice_date", $5, $6)), TOTAL("t"."total")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."invoice_date" IS NOT NULL) AND ("t"."invoice_date" < $7))
GROUP BY "t"."customer_id"),
"rfm#first_days"("customer", "amount") AS (SELECT "t"."customer_id", TOTAL("t"."total")
FROM "invoices" AS "t"
JOIN "rfm#customers" AS "c" ON (("c"."customer" = "t"."customer_id") AND (substr("t"."invoice_date", $8, $9) = "c"."first_day"))
GROUP BY "t"."customer_id")
SELECT CAST("c"."customer" AS TEXT) AS "customer", "c"."first_day" AS "first_day", "c"."last_day" AS "last_day", ("c"."days" - $10) AS "x", ((julianday("c"."last_day") - julianday("c"."first_day")) / $11) AS "t_x", ((julianday($12) - julianday("c"."first_day")) / $13) AS "T", CASE WHEN ("c"."days" > $14) THEN (("c"."total" - "f"."amount") / ("c"."days" - $15)) END AS "mean_spend"
FROM "rfm#customers" AS "c"
JOIN "rfm#first_days" AS "f" ON ("f"."customer" = "c"."customer")
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
-- 11: real 7.0
-- 12: text '2025-10-31'
-- 13: real 7.0
-- 14: integer 1
-- 15: integer 1
