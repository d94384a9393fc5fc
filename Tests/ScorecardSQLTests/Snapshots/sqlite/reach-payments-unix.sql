SELECT date("r"."latest", ?)
FROM (SELECT MAX("s"."paid_at") AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."paid_at" IS NULL) OR ((typeof("s"."paid_at") IN (?, ?)) AND scorecard_not_number("s"."paid_at"))))) AS "r"
-- bindings:
-- 1: text 'unixepoch'
-- 2: text 'text'
-- 3: text 'blob'
