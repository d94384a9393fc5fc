SELECT date("r"."latest", ?)
FROM (SELECT "s"."paid_at" AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."paid_at" IS NULL) OR ((typeof("s"."paid_at") IN (?, ?)) AND scorecard_not_number("s"."paid_at"))))
ORDER BY "s"."paid_at" DESC
LIMIT ?) AS "r"
-- bindings:
-- 1: text 'unixepoch'
-- 2: text 'text'
-- 3: text 'blob'
-- 4: integer 1
