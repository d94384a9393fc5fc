SELECT to_char(to_timestamp(("t0_bookings"."booked_on" - 2440587.5) * 86400) AT TIME ZONE 'UTC', 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM(CASE WHEN (LOWER(COALESCE("t0_customers"."country", $1)) <> $2) THEN $3 ELSE $4 END) AS "c2", MAX(CAST((("t0_bookings"."closed_on" - "t0_bookings"."booked_on") * 24.0) AS DOUBLE PRECISION)) AS "c3", SUM(CASE WHEN (("t0_bookings"."booked_on" IS NULL) OR (("t0_bookings"."booked_on" IS NOT NULL) AND CAST("t0_bookings"."booked_on" AS TEXT) NOT SIMILAR TO $5)) THEN $6 ELSE $7 END) AS "bad0"
FROM "invoices" AS "t0_bookings"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_bookings"."customer_id")
WHERE ((("t0_bookings"."booked_on" >= $8) AND ("t0_bookings"."booked_on" < $9)) OR (("t0_bookings"."booked_on" IS NULL) OR (("t0_bookings"."booked_on" IS NOT NULL) AND CAST("t0_bookings"."booked_on" AS TEXT) NOT SIMILAR TO $10)))
GROUP BY to_char(to_timestamp(("t0_bookings"."booked_on" - 2440587.5) * 86400) AT TIME ZONE 'UTC', 'YYYY-MM')
-- bindings:
-- 1: text 'none'
-- 2: text 'none'
-- 3: integer 1
-- 4: integer 0
-- 5: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 6: integer 1
-- 7: integer 0
-- 8: real 2460857.5
-- 9: real 2460980.5
-- 10: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
