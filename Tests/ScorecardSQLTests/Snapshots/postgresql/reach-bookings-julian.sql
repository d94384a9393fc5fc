SELECT to_char(to_timestamp(("r"."latest" - 2440587.5) * 86400) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
FROM (SELECT MAX("s"."booked_on") AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."booked_on" IS NULL) OR (("s"."booked_on" IS NOT NULL) AND CAST("s"."booked_on" AS TEXT) NOT SIMILAR TO $1)))) AS "r"
-- bindings:
-- 1: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
