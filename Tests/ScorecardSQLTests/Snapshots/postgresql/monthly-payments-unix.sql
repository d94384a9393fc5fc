SELECT to_char(to_timestamp("t0_payments"."paid_at") AT TIME ZONE 'UTC', 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM((("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0)) AS "c2", COUNT((("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0)) AS "c3", COUNT($1) AS "c4", SUM(CASE WHEN (("t0_payments"."paid_at" IS NULL) OR (("t0_payments"."paid_at" IS NOT NULL) AND CAST("t0_payments"."paid_at" AS TEXT) NOT SIMILAR TO $2)) THEN $3 ELSE $4 END) AS "bad0"
FROM "invoices" AS "t0_payments"
WHERE ((("t0_payments"."paid_at" >= $5) AND ("t0_payments"."paid_at" < $6)) OR (("t0_payments"."paid_at" IS NULL) OR (("t0_payments"."paid_at" IS NOT NULL) AND CAST("t0_payments"."paid_at" AS TEXT) NOT SIMILAR TO $7)))
GROUP BY to_char(to_timestamp("t0_payments"."paid_at") AT TIME ZONE 'UTC', 'YYYY-MM')
-- bindings:
-- 1: integer 1
-- 2: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 3: integer 1
-- 4: integer 0
-- 5: integer 1751328000
-- 6: integer 1761955200
-- 7: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
