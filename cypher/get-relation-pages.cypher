// Pages of many nodes' neighbours at once (the API's nested connections), one row per
// request that has any: a request's relationships of its types and direction, grouped by
// neighbour (and type, when paged per type), each group's relationships oldest report
// first (within an article, in sentence order); the groups ordered by the request's key, then by id; the page after the cursor
// (one group more than asked, to tell whether another page follows); and how many there
// are. Sort keys: REPORTED the latest asOf, NAME the neighbour's sortKey (its folded
// name), DATE a date property of the neighbour; null sorts last. Relationships stay
// relationships until the page is cut: only the page's are turned into maps (with their
// quotes), not those of every group of a hub, and of each group at most req.maxRelationships
// (all when null: a list of neighbours alone asks for none).
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
WITH i, req, req.nodeId AS nodeId
MATCH (n:Entity {id: nodeId})-[r]-(o:Entity)
WHERE type(r) IN req.types
  AND ((req.direction = 'OUT' AND startNode(r) = n) OR (req.direction = 'IN' AND endNode(r) = n))
  AND (req.label IS NULL OR o.label = req.label)
WITH i, req, o, r
ORDER BY r.asOf IS NULL, r.asOf, r.article, r.start IS NULL, r.start, r.id
WITH i, req, o, CASE WHEN req.perType THEN o.id + '|' + type(r) ELSE o.id END AS keyId,
     collect(r) AS rels,
     max(CASE WHEN r.asOf = '' THEN null ELSE r.asOf END) AS reported
WITH i, req, o, keyId, rels,
     CASE req.orderBy
       WHEN 'REPORTED' THEN reported
       WHEN 'NAME' THEN o.sortKey
       ELSE CASE WHEN o[req.orderProp] = '' THEN null ELSE o[req.orderProp] END
     END AS sortKey
WITH i, req, o, keyId, rels, sortKey, req.orderBy = 'NAME' AS ascending
ORDER BY i, sortKey IS NULL,
         CASE WHEN ascending THEN sortKey END,
         CASE WHEN ascending THEN null ELSE sortKey END DESC,
         keyId
WITH i, req, collect({neighbour: o.id, sortKey: sortKey, keyId: keyId, rels: rels, ascending: ascending}) AS groups
WITH i, req, groups,
     [g IN groups WHERE req.afterId IS NULL
        OR (req.afterSort IS NULL AND g.sortKey IS NULL AND g.keyId > req.afterId)
        OR (req.afterSort IS NOT NULL AND (g.sortKey IS NULL
            OR (g.ascending AND g.sortKey > req.afterSort)
            OR (NOT g.ascending AND g.sortKey < req.afterSort)
            OR (g.sortKey = req.afterSort AND g.keyId > req.afterId)))] AS rest
RETURN i AS request, size(groups) AS total,
       [g IN rest[..req.limit] | {neighbour: g.neighbour, sortKey: g.sortKey, keyId: g.keyId,
         rels: [r IN g.rels[..coalesce(req.maxRelationships, size(g.rels))] | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]}] AS groups
