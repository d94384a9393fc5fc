SELECT to_char(to_timestamp(("t0_bookings"."booked_on" - 2440587.5) * 86400) AT TIME ZONE 'UTC', 'YYYY-MM') AS "month", CASE WHEN (LOWER(COALESCE("t0_customers"."country", $1)) <> $2) THEN $3 ELSE $4 END AS "c1", (("t0_bookings"."closed_on" - "t0_bookings"."booked_on") * 24.0) AS "c2", "t0_bookings"."id" AS "row_key"
FROM "invoices" AS "t0_bookings"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_bookings"."customer_id")
WHERE ((("t0_bookings"."booked_on" >= $5) AND ("t0_bookings"."booked_on" < $6)) OR (("t0_bookings"."booked_on" IS NULL) OR (("t0_bookings"."booked_on" IS NOT NULL) AND CAST("t0_bookings"."booked_on" AS TEXT) NOT SIMILAR TO $7)))
-- bindings:
-- 1: text 'none'
-- 2: text 'none'
-- 3: integer 1
-- 4: integer 0
-- 5: real 2460857.5
-- 6: real 2460980.5
-- 7: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
