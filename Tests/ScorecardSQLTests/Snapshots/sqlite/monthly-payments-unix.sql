SELECT strftime(?, "t0_payments"."paid_at", ?) AS "month", COUNT(*) AS "rows", SUM((("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0)) AS "c2", COUNT((("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0)) AS "c3", COUNT(?) AS "c4", SUM(CASE WHEN (("t0_payments"."paid_at" IS NULL) OR ((typeof("t0_payments"."paid_at") IN (?, ?)) AND scorecard_not_number("t0_payments"."paid_at"))) THEN ? ELSE ? END) AS "bad0"
FROM "invoices" AS "t0_payments"
WHERE ((("t0_payments"."paid_at" >= ?) AND ("t0_payments"."paid_at" < ?)) OR (("t0_payments"."paid_at" IS NULL) OR ((typeof("t0_payments"."paid_at") IN (?, ?)) AND scorecard_not_number("t0_payments"."paid_at"))))
GROUP BY strftime(?, "t0_payments"."paid_at", ?)
-- bindings:
-- 1: text '%Y-%m'
-- 2: text 'unixepoch'
-- 3: integer 1
-- 4: text 'text'
-- 5: text 'blob'
-- 6: integer 1
-- 7: integer 0
-- 8: integer 1751328000
-- 9: integer 1761955200
-- 10: text 'text'
-- 11: text 'blob'
-- 12: text '%Y-%m'
-- 13: text 'unixepoch'
