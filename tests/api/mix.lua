-- wrk script: cycle through the main read endpoints (paths URL-encoded).
local paths = {
  "/health",
  "/stats",
  "/documents",
  "/industries/floriculture/departments?role=lead",
  "/industries/%E8%8A%B1%E5%8D%89",
  "/departments/%E5%B8%82%E7%A7%91%E6%8A%80%E5%B1%80",
  "/departments?role=lead",
  "/measures?industry=floriculture",
  "/targets?year=2025",
  "/search?q=%E8%8A%B1%E5%8D%89",
  "/graph/neighborhood?id=floriculture&depth=2&limit=200",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
