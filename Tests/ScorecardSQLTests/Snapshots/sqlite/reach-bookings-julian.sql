SELECT date("r"."latest")
FROM (SELECT MAX("s"."booked_on") AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."booked_on" IS NULL) OR ((typeof("s"."booked_on") IN (?, ?)) AND scorecard_not_number("s"."booked_on"))))) AS "r"
-- bindings:
-- 1: text 'text'
-- 2: text 'blob'
