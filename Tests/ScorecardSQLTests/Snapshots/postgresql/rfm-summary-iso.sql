WITH "rfm#days"("customer", "day", "amount", "first_day") AS (SELECT "t"."customer_id", SUBSTRING(CAST("t"."invoice_date" AS TEXT) FROM 1 FOR 10), COALESCE(SUM(CAST("t"."total" AS DOUBLE PRECISION)), $1), MIN(SUBSTRING(CAST("t"."invoice_date" AS TEXT) FROM 1 FOR 10)) OVER (PARTITION BY "t"."customer_id")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."invoice_date" IS NOT NULL) AND ("t"."invoice_date" < $2))
GROUP BY "t"."customer_id", SUBSTRING(CAST("t"."invoice_date" AS TEXT) FROM 1 FOR 10))
SELECT CAST("d"."customer" AS TEXT) AS "customer", MIN("d"."day") AS "first_day", MAX("d"."day") AS "last_day", (COUNT(*) - $3) AS "x", (((CAST(CAST(MAX("d"."day") AS TIMESTAMP) AS DATE) - DATE '1970-01-01') - (CAST(CAST(MIN("d"."day") AS TIMESTAMP) AS DATE) - DATE '1970-01-01')) / $4) AS "t_x", (($5 - (CAST(CAST(MIN("d"."day") AS TIMESTAMP) AS DATE) - DATE '1970-01-01')) / $6) AS "T", CASE WHEN (COUNT(*) > $7) THEN (COALESCE(SUM(CAST(CASE WHEN ("d"."day" <> "d"."first_day") THEN "d"."amount" END AS DOUBLE PRECISION)), $8) / (COUNT(*) - $9)) END AS "mean_spend", COUNT($10) OVER () AS "customers"
FROM "rfm#days" AS "d"
GROUP BY "d"."customer"
ORDER BY "d"."customer"
-- bindings:
-- 1: real 0.0
-- 2: text '2025-11-01'
-- 3: integer 1
-- 4: real 7.0
-- 5: integer 20392
-- 6: real 7.0
-- 7: integer 1
-- 8: real 0.0
-- 9: integer 1
-- 10: integer 1
