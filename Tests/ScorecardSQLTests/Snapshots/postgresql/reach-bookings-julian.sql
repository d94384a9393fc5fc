SELECT to_char(to_timestamp(("r"."latest" - 2440587.5) * 86400) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
FROM (SELECT "s"."booked_on" AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."booked_on" IS NULL) OR (("s"."booked_on" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("s"."booked_on") AS TEXT) IN ($1, $2, $3) THEN FALSE WHEN CAST(pg_typeof("s"."booked_on") AS TEXT) IN ($4, $5, $6) THEN CAST("s"."booked_on" AS TEXT) IN ($7, $8, $9) ELSE (("s"."booked_on" IS NOT NULL) AND CAST("s"."booked_on" AS TEXT) NOT SIMILAR TO $10) END)))
ORDER BY "s"."booked_on" DESC
LIMIT $11) AS "r"
-- bindings:
-- 1: text 'smallint'
-- 2: text 'integer'
-- 3: text 'bigint'
-- 4: text 'numeric'
-- 5: text 'real'
-- 6: text 'double precision'
-- 7: text 'NaN'
-- 8: text 'Infinity'
-- 9: text '-Infinity'
-- 10: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 11: integer 1
