SELECT date("r"."latest")
FROM (SELECT "s"."booked_on" AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."booked_on" IS NULL) OR ((typeof("s"."booked_on") IN (?, ?)) AND scorecard_not_number("s"."booked_on"))))
ORDER BY "s"."booked_on" DESC
LIMIT ?) AS "r"
-- bindings:
-- 1: text 'text'
-- 2: text 'blob'
-- 3: integer 1
