SELECT to_char(to_timestamp("t0_payments"."paid_at") AT TIME ZONE 'UTC', 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM((("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0)) AS "c2", COUNT((("t0_payments"."settled_at" - "t0_payments"."paid_at") / 3600.0)) AS "c3", COUNT($1) AS "c4", SUM(CASE WHEN (("t0_payments"."paid_at" IS NULL) OR (("t0_payments"."paid_at" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_payments"."paid_at") AS TEXT) IN ($2, $3, $4) THEN FALSE WHEN CAST(pg_typeof("t0_payments"."paid_at") AS TEXT) IN ($5, $6, $7) THEN CAST("t0_payments"."paid_at" AS TEXT) IN ($8, $9, $10) ELSE (("t0_payments"."paid_at" IS NOT NULL) AND CAST("t0_payments"."paid_at" AS TEXT) NOT SIMILAR TO $11) END)) THEN $12 ELSE $13 END) AS "bad0"
FROM "invoices" AS "t0_payments"
WHERE ((("t0_payments"."paid_at" >= $14) AND ("t0_payments"."paid_at" < $15)) OR (("t0_payments"."paid_at" IS NULL) OR (("t0_payments"."paid_at" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_payments"."paid_at") AS TEXT) IN ($16, $17, $18) THEN FALSE WHEN CAST(pg_typeof("t0_payments"."paid_at") AS TEXT) IN ($19, $20, $21) THEN CAST("t0_payments"."paid_at" AS TEXT) IN ($22, $23, $24) ELSE (("t0_payments"."paid_at" IS NOT NULL) AND CAST("t0_payments"."paid_at" AS TEXT) NOT SIMILAR TO $25) END)))
GROUP BY to_char(to_timestamp("t0_payments"."paid_at") AT TIME ZONE 'UTC', 'YYYY-MM')
-- bindings:
-- 1: integer 1
-- 2: text 'smallint'
-- 3: text 'integer'
-- 4: text 'bigint'
-- 5: text 'numeric'
-- 6: text 'real'
-- 7: text 'double precision'
-- 8: text 'NaN'
-- 9: text 'Infinity'
-- 10: text '-Infinity'
-- 11: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 12: integer 1
-- 13: integer 0
-- 14: integer 1751328000
-- 15: integer 1761955200
-- 16: text 'smallint'
-- 17: text 'integer'
-- 18: text 'bigint'
-- 19: text 'numeric'
-- 20: text 'real'
-- 21: text 'double precision'
-- 22: text 'NaN'
-- 23: text 'Infinity'
-- 24: text '-Infinity'
-- 25: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
