WITH "rfm#days"("customer", "day", "amount", "first_day") AS (SELECT "t"."customer", SUBSTRING(CAST("t"."ts" AS TEXT) FROM 1 FOR 10), COALESCE(SUM(CAST("t"."amount" AS DOUBLE PRECISION)), $1), MIN(SUBSTRING(CAST("t"."ts" AS TEXT) FROM 1 FOR 10)) OVER (PARTITION BY "t"."customer")
FROM (SELECT "i"."customer_id" AS "customer", "i"."invoice_date" AS "ts", "i"."total" AS "amount"
FROM "invoices" AS "i"
JOIN "customers" AS "c" ON ("c"."id" = "i"."customer_id")
WHERE ("c"."country" = $2)) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL) AND ("t"."ts" < $3))
GROUP BY "t"."customer", SUBSTRING(CAST("t"."ts" AS TEXT) FROM 1 FOR 10))
SELECT CAST("d"."customer" AS TEXT) AS "customer", MIN("d"."day") AS "first_day", MAX("d"."day") AS "last_day", (COUNT(*) - $4) AS "x", (((CAST(CAST(MAX("d"."day") AS TIMESTAMP) AS DATE) - DATE '1970-01-01') - (CAST(CAST(MIN("d"."day") AS TIMESTAMP) AS DATE) - DATE '1970-01-01')) / $5) AS "t_x", (($6 - (CAST(CAST(MIN("d"."day") AS TIMESTAMP) AS DATE) - DATE '1970-01-01')) / $7) AS "T", CASE WHEN (COUNT(*) > $8) THEN (COALESCE(SUM(CAST(CASE WHEN ("d"."day" <> "d"."first_day") THEN "d"."amount" END AS DOUBLE PRECISION)), $9) / (COUNT(*) - $10)) END AS "mean_spend", COUNT($11) OVER () AS "customers"
FROM "rfm#days" AS "d"
GROUP BY "d"."customer"
ORDER BY "d"."customer"
-- bindings:
-- 1: real 0.0
-- 2: text 'NO'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: real 1.0
-- 6: integer 20392
-- 7: real 1.0
-- 8: integer 1
-- 9: real 0.0
-- 10: integer 1
-- 11: integer 1
