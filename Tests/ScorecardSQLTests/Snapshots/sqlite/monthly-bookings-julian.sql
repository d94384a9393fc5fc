SELECT strftime(?, "t0_bookings"."booked_on") AS "month", COUNT(*) AS "rows", SUM(CASE WHEN (LOWER(COALESCE("t0_customers"."country", ?)) <> ?) THEN ? ELSE ? END) AS "c2", MAX(CAST((("t0_bookings"."closed_on" - "t0_bookings"."booked_on") * 24.0) AS REAL)) AS "c3", SUM(CASE WHEN (("t0_bookings"."booked_on" IS NULL) OR ((typeof("t0_bookings"."booked_on") IN (?, ?)) AND scorecard_not_number("t0_bookings"."booked_on"))) THEN ? ELSE ? END) AS "bad0"
FROM "invoices" AS "t0_bookings"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_bookings"."customer_id")
WHERE ((("t0_bookings"."booked_on" >= ?) AND ("t0_bookings"."booked_on" < ?)) OR (("t0_bookings"."booked_on" IS NULL) OR ((typeof("t0_bookings"."booked_on") IN (?, ?)) AND scorecard_not_number("t0_bookings"."booked_on"))))
GROUP BY strftime(?, "t0_bookings"."booked_on")
-- bindings:
-- 1: text '%Y-%m'
-- 2: text 'none'
-- 3: text 'none'
-- 4: integer 1
-- 5: integer 0
-- 6: text 'text'
-- 7: text 'blob'
-- 8: integer 1
-- 9: integer 0
-- 10: real 2460857.5
-- 11: real 2460980.5
-- 12: text 'text'
-- 13: text 'blob'
-- 14: text '%Y-%m'
