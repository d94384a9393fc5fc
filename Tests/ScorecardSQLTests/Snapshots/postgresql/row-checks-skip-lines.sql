WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", "t0_genres"."name" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", SUM(CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $7) AS NUMERIC)) AS BIGINT)) AS "line_revenue"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $8)) AND (NOT (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($9, $10, $11) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($12, $13, $14) THEN CAST("t0_invoice_lines"."unit_price" AS TEXT) IN ($15, $16, $17) ELSE (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CAST("t0_invoice_lines"."unit_price" AS TEXT) NOT SIMILAR TO $18) END)) AND (NOT (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= $19))) AND (NOT (("t0_invoice_lines"."quantity" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($20, $21, $22) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($23, $24, $25) THEN CAST("t0_invoice_lines"."quantity" AS TEXT) IN ($26, $27, $28) ELSE (("t0_invoice_lines"."quantity" IS NOT NULL) AND CAST("t0_invoice_lines"."quantity" AS TEXT) NOT SIMILAR TO $29) END)) AND (NOT (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= $30))) AND (("t0_invoices"."invoice_date" >= $31) AND ("t0_invoices"."invoice_date" < $32)))
GROUP BY "w"."id", "t0_genres"."name"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: integer 100
-- 8: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 9: text 'smallint'
-- 10: text 'integer'
-- 11: text 'bigint'
-- 12: text 'numeric'
-- 13: text 'real'
-- 14: text 'double precision'
-- 15: text 'NaN'
-- 16: text 'Infinity'
-- 17: text '-Infinity'
-- 18: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 19: real 10000000000000.0
-- 20: text 'smallint'
-- 21: text 'integer'
-- 22: text 'bigint'
-- 23: text 'numeric'
-- 24: text 'real'
-- 25: text 'double precision'
-- 26: text 'NaN'
-- 27: text 'Infinity'
-- 28: text '-Infinity'
-- 29: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 30: real 10000000000000.0
-- 31: text '2025-07-01'
-- 32: text '2025-11-01'
