WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (SELECT "t"."customer_id", MIN((CAST("t"."paid_at" AS INTEGER) / 86400)), MAX((CAST("t"."paid_at" AS INTEGER) / 86400)), COUNT(DISTINCT (CAST("t"."paid_at" AS INTEGER) / 86400)), TOTAL("t"."total")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."paid_at" IS NOT NULL) AND (CAST("t"."paid_at" AS REAL) < ?))
GROUP BY "t"."customer_id"),
"rfm#first_days"("customer", "amount") AS (SELECT "t"."customer_id", TOTAL("t"."total")
FROM "invoices" AS "t"
CROSS JOIN "rfm#customers" AS "c" ON (("c"."customer" = "t"."customer_id") AND ((CAST("t"."paid_at" AS INTEGER) / 86400) = "c"."first_day"))
GROUP BY "t"."customer_id")
SELECT CAST("c"."customer" AS TEXT) AS "customer", "c"."first_day" AS "first_day", "c"."last_day" AS "last_day", ("c"."days" - ?) AS "x", (("c"."last_day" - "c"."first_day") / ?) AS "t_x", ((? - "c"."first_day") / ?) AS "T", CASE WHEN ("c"."days" > ?) THEN (("c"."total" - "f"."amount") / ("c"."days" - ?)) END AS "mean_spend"
FROM "rfm#customers" AS "c"
JOIN "rfm#first_days" AS "f" ON ("f"."customer" = "c"."customer")
ORDER BY "c"."customer"
-- bindings:
-- 1: integer 1761955200
-- 2: integer 1
-- 3: real 7.0
-- 4: integer 20392
-- 5: real 7.0
-- 6: integer 1
-- 7: integer 1
