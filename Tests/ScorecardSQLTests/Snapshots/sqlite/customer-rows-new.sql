WITH "windows"("id", "lo", "hi") AS (VALUES (?, ?, ?), (?, ?, ?)),
"new"("wid", "customer") AS (SELECT "w"."id", "t1_invoices"."customer_id"
FROM "invoice_lines" AS "t1_invoice_lines"
LEFT JOIN "invoices" AS "t1_invoices" ON ("t1_invoices"."id" = "t1_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t1_tracks" ON ("t1_tracks"."id" = "t1_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t1_genres" ON ("t1_genres"."id" = "t1_tracks"."genre_id")
JOIN "windows" AS "w" ON (("t1_invoices"."invoice_date" >= "w"."lo") AND ("t1_invoices"."invoice_date" < "w"."hi"))
WHERE (("t1_invoices"."customer_id" IS NOT NULL) AND (("t1_invoices"."invoice_date" >= ?) AND ("t1_invoices"."invoice_date" < ?)) AND (NOT EXISTS (SELECT ?
FROM "invoice_lines" AS "t2_invoice_lines"
LEFT JOIN "invoices" AS "t2_invoices" ON ("t2_invoices"."id" = "t2_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t2_tracks" ON ("t2_tracks"."id" = "t2_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t2_genres" ON ("t2_genres"."id" = "t2_tracks"."genre_id")
WHERE (("t2_invoices"."customer_id" IS NOT NULL) AND ("t2_genres"."name" = ?) AND ("t2_invoices"."customer_id" = "t1_invoices"."customer_id") AND ("t2_invoices"."invoice_date" < "w"."lo")))))
GROUP BY "w"."id", "t1_invoices"."customer_id"
HAVING (MAX(CASE WHEN ("t1_genres"."name" = ?) THEN ? ELSE ? END) = ?))
SELECT "w"."id", "t0_invoices"."customer_id", MIN("t0_genres"."name"), MIN("t0_customers"."country"), MAX(CASE WHEN ("t0_genres"."name" = ?) THEN ? ELSE ? END), MAX(CASE WHEN ("n"."customer" IS NOT NULL) THEN ? ELSE ? END)
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON (("t0_invoices"."invoice_date" >= "w"."lo") AND ("t0_invoices"."invoice_date" < "w"."hi"))
LEFT JOIN "new" AS "n" ON (("n"."wid" = "w"."id") AND ("n"."customer" = "t0_invoices"."customer_id"))
WHERE (("t0_invoices"."customer_id" IS NOT NULL) AND (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?)))
GROUP BY "w"."id", "t0_invoices"."customer_id"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: text '2025-07-01'
-- 8: text '2025-11-01'
-- 9: integer 1
-- 10: text 'Jazz'
-- 11: text 'Jazz'
-- 12: integer 1
-- 13: integer 0
-- 14: integer 1
-- 15: text 'Jazz'
-- 16: integer 1
-- 17: integer 0
-- 18: integer 1
-- 19: integer 0
-- 20: text '2025-07-01'
-- 21: text '2025-11-01'
