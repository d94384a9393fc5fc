WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (SELECT "t"."customer_id", MIN(CAST(FLOOR(CAST("t"."paid_at" AS DOUBLE PRECISION) / 86400) AS BIGINT)), MAX(CAST(FLOOR(CAST("t"."paid_at" AS DOUBLE PRECISION) / 86400) AS BIGINT)), COUNT(DISTINCT CAST(FLOOR(CAST("t"."paid_at" AS DOUBLE PRECISION) / 86400) AS BIGINT)), COALESCE(SUM(CAST("t"."total" AS DOUBLE PRECISION)), $1)
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."paid_at" IS NOT NULL) AND (CAST("t"."paid_at" AS DOUBLE PRECISION) < $2))
GROUP BY "t"."customer_id"),
"rfm#first_days"("customer", "amount") AS (SELECT "t"."customer_id", COALESCE(SUM(CAST("t"."total" AS DOUBLE PRECISION)), $3)
FROM "invoices" AS "t"
JOIN "rfm#customers" AS "c" ON (("c"."customer" = "t"."customer_id") AND (CAST(FLOOR(CAST("t"."paid_at" AS DOUBLE PRECISION) / 86400) AS BIGINT) = "c"."first_day"))
GROUP BY "t"."customer_id")
SELECT CAST("c"."customer" AS TEXT) AS "customer", "c"."first_day" AS "first_day", "c"."last_day" AS "last_day", ("c"."days" - $4) AS "x", (("c"."last_day" - "c"."first_day") / $5) AS "t_x", (($6 - "c"."first_day") / $7) AS "T", CASE WHEN ("c"."days" > $8) THEN (("c"."total" - "f"."amount") / ("c"."days" - $9)) END AS "mean_spend"
FROM "rfm#customers" AS "c"
JOIN "rfm#first_days" AS "f" ON ("f"."customer" = "c"."customer")
ORDER BY "c"."customer"
-- bindings:
-- 1: real 0.0
-- 2: integer 1761955200
-- 3: real 0.0
-- 4: integer 1
-- 5: real 7.0
-- 6: integer 20392
-- 7: real 7.0
-- 8: integer 1
-- 9: integer 1
