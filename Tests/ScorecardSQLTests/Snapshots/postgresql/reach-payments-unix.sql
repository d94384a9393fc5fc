SELECT to_char(to_timestamp("r"."latest") AT TIME ZONE 'UTC', 'YYYY-MM-DD')
FROM (SELECT MAX("s"."paid_at") AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."paid_at" IS NULL) OR (("s"."paid_at" IS NOT NULL) AND CAST("s"."paid_at" AS TEXT) NOT SIMILAR TO $1)))) AS "r"
-- bindings:
-- 1: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
