WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", "t0_genres"."name" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", SUM(CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $7) AS NUMERIC)) AS BIGINT)) AS "line_revenue"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR NOT (translate(SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7), $8, $9) = $10 AND SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 6 FOR 2) BETWEEN $11 AND $12))) AND (NOT (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($13, $14, $15) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($16, $17, $18) THEN CAST("t0_invoice_lines"."unit_price" AS TEXT) IN ($19, $20, $21) ELSE (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CAST("t0_invoice_lines"."unit_price" AS TEXT) NOT SIMILAR TO $22) END)) AND (NOT (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= $23))) AND (NOT (("t0_invoice_lines"."quantity" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($24, $25, $26) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($27, $28, $29) THEN CAST("t0_invoice_lines"."quantity" AS TEXT) IN ($30, $31, $32) ELSE (("t0_invoice_lines"."quantity" IS NOT NULL) AND CAST("t0_invoice_lines"."quantity" AS TEXT) NOT SIMILAR TO $33) END)) AND (NOT (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= $34))) AND (("t0_invoices"."invoice_date" >= $35) AND ("t0_invoices"."invoice_date" < $36)))
GROUP BY "w"."id", "t0_genres"."name"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: integer 100
-- 8: text '0123456789'
-- 9: text '0000000000'
-- 10: text '0000-00'
-- 11: text '01'
-- 12: text '12'
-- 13: text 'smallint'
-- 14: text 'integer'
-- 15: text 'bigint'
-- 16: text 'numeric'
-- 17: text 'real'
-- 18: text 'double precision'
-- 19: text 'NaN'
-- 20: text 'Infinity'
-- 21: text '-Infinity'
-- 22: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 23: real 10000000000000.0
-- 24: text 'smallint'
-- 25: text 'integer'
-- 26: text 'bigint'
-- 27: text 'numeric'
-- 28: text 'real'
-- 29: text 'double precision'
-- 30: text 'NaN'
-- 31: text 'Infinity'
-- 32: text '-Infinity'
-- 33: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 34: real 10000000000000.0
-- 35: text '2025-07-01'
-- 36: text '2025-11-01'
