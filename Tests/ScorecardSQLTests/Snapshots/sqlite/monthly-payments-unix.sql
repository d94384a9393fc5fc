SELECT strftime(?, "t0_payments"."paid_at", ?) AS "month", (("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0) AS "c1", (("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0) AS "c2", ? AS "c3", "t0_payments"."id" AS "row_key"
FROM "invoices" AS "t0_payments"
WHERE ((("t0_payments"."paid_at" >= ?) AND ("t0_payments"."paid_at" < ?)) OR (("t0_payments"."paid_at" IS NULL) OR ((typeof("t0_payments"."paid_at") IN (?, ?)) AND scorecard_not_number("t0_payments"."paid_at"))))
-- bindings:
-- 1: text '%Y-%m'
-- 2: text 'unixepoch'
-- 3: integer 1
-- 4: integer 1751328000
-- 5: integer 1761955200
-- 6: text 'text'
-- 7: text 'blob'
