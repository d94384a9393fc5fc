WITH "rfm#days"("customer", "day", "amount", "first_day") AS (SELECT "t"."customer_id", (CAST("t"."paid_at" AS INTEGER) / 86400), TOTAL("t"."total"), MIN((CAST("t"."paid_at" AS INTEGER) / 86400)) OVER (PARTITION BY "t"."customer_id")
FROM "invoices" AS "t"
WHERE (("t"."customer_id" IS NOT NULL) AND ("t"."paid_at" IS NOT NULL) AND (CAST("t"."paid_at" AS REAL) < ?))
GROUP BY "t"."customer_id", (CAST("t"."paid_at" AS INTEGER) / 86400))
SELECT CAST("d"."customer" AS TEXT) AS "customer", MIN("d"."day") AS "first_day", MAX("d"."day") AS "last_day", (COUNT(*) - ?) AS "x", ((MAX("d"."day") - MIN("d"."day")) / ?) AS "t_x", ((? - MIN("d"."day")) / ?) AS "T", CASE WHEN (COUNT(*) > ?) THEN (TOTAL(CASE WHEN ("d"."day" <> "d"."first_day") THEN "d"."amount" END) / (COUNT(*) - ?)) END AS "mean_spend", COUNT(?) OVER () AS "customers"
FROM "rfm#days" AS "d"
GROUP BY "d"."customer"
ORDER BY "d"."customer"
-- bindings:
-- 1: integer 1761955200
-- 2: integer 1
-- 3: real 7.0
-- 4: integer 20392
-- 5: real 7.0
-- 6: integer 1
-- 7: integer 1
-- 8: integer 1
