WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", MAX((("t0_bookings"."closed_on" - "t0_bookings"."booked_on") * 24.0)) AS "hours_to_close"
FROM "invoices" AS "t0_bookings"
JOIN "windows" AS "w" ON (("t0_bookings"."booked_on" >= "w"."lo") AND ("t0_bookings"."booked_on" < "w"."hi"))
WHERE (("t0_bookings"."booked_on" >= $7) AND ("t0_bookings"."booked_on" < $8))
GROUP BY "w"."id"
-- bindings:
-- 1: integer 0
-- 2: real 2460949.5
-- 3: real 2460980.5
-- 4: integer 1
-- 5: real 2460857.5
-- 6: real 2460949.5
-- 7: real 2460857.5
-- 8: real 2460980.5
