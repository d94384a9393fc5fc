WITH "windows"("id", "lo", "hi") AS (VALUES (?, ?, ?), (?, ?, ?))
SELECT "w"."id", "t0_customers"."country" AS "group_key", COUNT(DISTINCT "t0_payments"."customer_id") AS "group_size", AVG((("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0)) AS "hours_to_settle"
FROM "invoices" AS "t0_payments"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_payments"."customer_id")
JOIN "windows" AS "w" ON (("t0_payments"."paid_at" >= "w"."lo") AND ("t0_payments"."paid_at" < "w"."hi"))
WHERE (("t0_payments"."paid_at" >= ?) AND ("t0_payments"."paid_at" < ?))
GROUP BY "w"."id", "t0_customers"."country"
-- bindings:
-- 1: integer 0
-- 2: integer 1759276800
-- 3: integer 1761955200
-- 4: integer 1
-- 5: integer 1751328000
-- 6: integer 1759276800
-- 7: integer 1751328000
-- 8: integer 1761955200
