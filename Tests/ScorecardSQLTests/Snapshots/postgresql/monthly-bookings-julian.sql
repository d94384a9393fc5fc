SELECT to_char(to_timestamp(("t0_bookings"."booked_on" - 2440587.5) * 86400) AT TIME ZONE 'UTC', 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM(CASE WHEN (LOWER(COALESCE("t0_customers"."country", $1)) <> $2) THEN $3 ELSE $4 END) AS "c2", MAX(CAST((("t0_bookings"."closed_on" - "t0_bookings"."booked_on") * 24.0) AS DOUBLE PRECISION)) AS "c3", SUM(CASE WHEN (("t0_bookings"."booked_on" IS NULL) OR (("t0_bookings"."booked_on" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_bookings"."booked_on") AS TEXT) IN ($5, $6, $7) THEN FALSE WHEN CAST(pg_typeof("t0_bookings"."booked_on") AS TEXT) IN ($8, $9, $10) THEN CAST("t0_bookings"."booked_on" AS TEXT) IN ($11, $12, $13) ELSE (("t0_bookings"."booked_on" IS NOT NULL) AND CAST("t0_bookings"."booked_on" AS TEXT) NOT SIMILAR TO $14) END)) THEN $15 ELSE $16 END) AS "bad0"
FROM "invoices" AS "t0_bookings"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_bookings"."customer_id")
WHERE ((("t0_bookings"."booked_on" >= $17) AND ("t0_bookings"."booked_on" < $18)) OR (("t0_bookings"."booked_on" IS NULL) OR (("t0_bookings"."booked_on" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_bookings"."booked_on") AS TEXT) IN ($19, $20, $21) THEN FALSE WHEN CAST(pg_typeof("t0_bookings"."booked_on") AS TEXT) IN ($22, $23, $24) THEN CAST("t0_bookings"."booked_on" AS TEXT) IN ($25, $26, $27) ELSE (("t0_bookings"."booked_on" IS NOT NULL) AND CAST("t0_bookings"."booked_on" AS TEXT) NOT SIMILAR TO $28) END)))
GROUP BY to_char(to_timestamp(("t0_bookings"."booked_on" - 2440587.5) * 86400) AT TIME ZONE 'UTC', 'YYYY-MM')
-- bindings:
-- 1: text 'none'
-- 2: text 'none'
-- 3: integer 1
-- 4: integer 0
-- 5: text 'smallint'
-- 6: text 'integer'
-- 7: text 'bigint'
-- 8: text 'numeric'
-- 9: text 'real'
-- 10: text 'double precision'
-- 11: text 'NaN'
-- 12: text 'Infinity'
-- 13: text '-Infinity'
-- 14: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 15: integer 1
-- 16: integer 0
-- 17: real 2460857.5
-- 18: real 2460980.5
-- 19: text 'smallint'
-- 20: text 'integer'
-- 21: text 'bigint'
-- 22: text 'numeric'
-- 23: text 'real'
-- 24: text 'double precision'
-- 25: text 'NaN'
-- 26: text 'Infinity'
-- 27: text '-Infinity'
-- 28: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
