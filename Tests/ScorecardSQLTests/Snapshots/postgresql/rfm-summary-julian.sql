WITH "rfm#days"("customer", "day", "amount", "first_day") AS (SELECT "t"."customer_id", CAST(FLOOR(CAST("t"."booked_on" AS DOUBLE PRECISION) - 2440587.5) AS BIGINT), COALESCE(SUM(CAST("t"."total" AS DOUBLE PRECISION)), $1), MIN(CAST(FLOOR(CAST("t"."booked_on" AS DOUBLE PRECISION) - 2440587.5) AS BIGINT)) OVER (PARTITION BY "t"."customer_id")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."booked_on" IS NOT NULL) AND (CAST("t"."booked_on" AS DOUBLE PRECISION) < $2))
GROUP BY "t"."customer_id", CAST(FLOOR(CAST("t"."booked_on" AS DOUBLE PRECISION) - 2440587.5) AS BIGINT))
SELECT CAST("d"."customer" AS TEXT) AS "customer", MIN("d"."day") AS "first_day", MAX("d"."day") AS "last_day", (COUNT(*) - $3) AS "x", ((MAX("d"."day") - MIN("d"."day")) / $4) AS "t_x", (($5 - MIN("d"."day")) / $6) AS "T", CASE WHEN (COUNT(*) > $7) THEN (COALESCE(SUM(CAST(CASE WHEN ("d"."day" <> "d"."first_day") THEN "d"."amount" END AS DOUBLE PRECISION)), $8) / (COUNT(*) - $9)) END AS "mean_spend", COUNT($10) OVER () AS "customers"
FROM "rfm#days" AS "d"
GROUP BY "d"."customer"
ORDER BY "d"."customer"
-- bindings:
-- 1: real 0.0
-- 2: real 2460980.5
-- 3: integer 1
-- 4: real 7.0
-- 5: integer 20392
-- 6: real 7.0
-- 7: integer 1
-- 8: real 0.0
-- 9: integer 1
-- 10: integer 1
