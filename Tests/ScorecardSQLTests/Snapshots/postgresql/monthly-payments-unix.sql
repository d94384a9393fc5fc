SELECT to_char(to_timestamp("t0_payments"."paid_at") AT TIME ZONE 'UTC', 'YYYY-MM') AS "month", (("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0) AS "c1", (("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0) AS "c2", $1 AS "c3", "t0_payments"."id" AS "row_key"
FROM "invoices" AS "t0_payments"
WHERE ((("t0_payments"."paid_at" >= $2) AND ("t0_payments"."paid_at" < $3)) OR (("t0_payments"."paid_at" IS NULL) OR (("t0_payments"."paid_at" IS NOT NULL) AND CAST("t0_payments"."paid_at" AS TEXT) NOT SIMILAR TO $4)))
-- bindings:
-- 1: integer 1
-- 2: integer 1751328000
-- 3: integer 1761955200
-- 4: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
