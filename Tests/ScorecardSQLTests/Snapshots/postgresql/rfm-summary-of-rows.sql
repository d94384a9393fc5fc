WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (SELECT "t"."customer", to_char(CAST(MIN("t"."ts") AS TIMESTAMP), 'YYYY-MM-DD'), to_char(CAST(MAX("t"."ts") AS TIMESTAMP), 'YYYY-MM-DD'), COUNT(DISTINCT to_char(CAST("t"."ts" AS TIMESTAMP), 'YYYY-MM-DD')), COALESCE(SUM(CAST("t"."amount" AS DOUBLE PRECISION)), $1)
FROM (SELECT "i"."customer_id" AS "customer", "i"."invoice_date" AS "ts", "i"."total" AS "amount"
FROM "invoices" AS "i"
JOIN "customers" AS "c" ON ("c"."id" = "i"."customer_id")
WHERE ("c"."country" = $2)) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL) AND ("t"."ts" < $3))
GROUP BY "t"."customer"),
"rfm#first_days"("customer", "amount") AS (SELECT "t"."customer", COALESCE(SUM(CAST("t"."amount" AS DOUBLE PRECISION)), $4)
FROM (SELECT "i"."customer_id" AS "customer", "i"."invoice_date" AS "ts", "i"."total" AS "amount"
FROM "invoices" AS "i"
JOIN "customers" AS "c" ON ("c"."id" = "i"."customer_id")
WHERE ("c"."country" = $5)) AS "t"
JOIN "rfm#customers" AS "c" ON (("c"."customer" = "t"."customer") AND (to_char(CAST("t"."ts" AS TIMESTAMP), 'YYYY-MM-DD') = "c"."first_day"))
GROUP BY "t"."customer")
SELECT CAST("c"."customer" AS TEXT) AS "customer", "c"."first_day" AS "first_day", "c"."last_day" AS "last_day", ("c"."days" - $6) AS "x", (((CAST(CAST("c"."last_day" AS TIMESTAMP) AS DATE) - DATE '1970-01-01') - (CAST(CAST("c"."first_day" AS TIMESTAMP) AS DATE) - DATE '1970-01-01')) / $7) AS "t_x", (($8 - (CAST(CAST("c"."first_day" AS TIMESTAMP) AS DATE) - DATE '1970-01-01')) / $9) AS "T", CASE WHEN ("c"."days" > $10) THEN (("c"."total" - "f"."amount") / ("c"."days" - $11)) END AS "mean_spend"
FROM "rfm#customers" AS "c"
JOIN "rfm#first_days" AS "f" ON ("f"."customer" = "c"."customer")
ORDER BY "c"."customer"
-- bindings:
-- 1: real 0.0
-- 2: text 'NO'
-- 3: text '2025-11-01'
-- 4: real 0.0
-- 5: text 'NO'
-- 6: integer 1
-- 7: real 1.0
-- 8: integer 20392
-- 9: real 1.0
-- 10: integer 1
-- 11: integer 1
