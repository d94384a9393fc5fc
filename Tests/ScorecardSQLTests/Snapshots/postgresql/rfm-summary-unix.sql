WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (SELECT "t"."customer_id", MIN((CAST("t"."paid_at" AS BIGINT) / $1)), MAX((CAST("t"."paid_at" AS BIGINT) / $2)), COUNT(DISTINCT (CAST("t"."paid_at" AS BIGINT) / $3)), TOTAL("t"."total")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."paid_at" IS NOT NULL) AND (CAST("t"."paid_at" AS BIGINT) < $4))
GROUP BY "t"."customer_id"),
"rfm#first_days"("customer", "amount") AS (SELECT "t"."customer_id", TOTAL("t"."total")
FROM "invoices" AS "t"
JOIN "rfm#customers" AS "c" ON (("c"."customer" = "t"."customer_id") AND ((CAST("t"."paid_at" AS BIGINT) / $5) = "c"."first_day"))
GROUP BY "t"."customer_id")
SELECT CAST("c"."customer" AS TEXT) AS "customer", "c"."first_day" AS "first_day", "c"."last_day" AS "last_day", ("c"."days" - $6) AS "x", (("c"."last_day" - "c"."first_day") / $7) AS "t_x", (($8 - "c"."first_day") / $9) AS "T", CASE WHEN ("c"."days" > $10) THEN (("c"."total" - "f"."amount") / ("c"."days" - $11)) END AS "mean_spend"
FROM "rfm#customers" AS "c"
JOIN "rfm#first_days" AS "f" ON ("f"."customer" = "c"."customer")
-- bindings:
-- 1: integer 86400
-- 2: integer 86400
-- 3: integer 86400
-- 4: integer 1761955200
-- 5: integer 86400
-- 6: integer 1
-- 7: real 7.0
-- 8: integer 20392
-- 9: real 7.0
-- 10: integer 1
-- 11: integer 1
