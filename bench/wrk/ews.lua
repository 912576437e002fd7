-- Drives one EWS scenario with wrk. Arguments after `--`:
--
--   <request> <targets file> <run tag> <expected status> <check | no-check>
--
-- request      AddImGroup | AddNewImContactToGroup | GetImItemList | SetImGroup | EmptyGroupName
-- targets file one line per mailbox: "<Authorization header value>\t<group id>" (the id only where the request needs
--              one); requests go round the mailboxes so the load is spread over all of them
-- run tag      starts every name a request makes, so runs against one store never repeat a name
-- expected     the HTTP status every answer should have (200, or 500 and 401 for the fault and refusal scenarios);
--              answers with another status are counted
-- check        "check" to look into each 200 answer for an EWS error (ResponseClass="Error"), which changes come back
--              with under HTTP 200; left out for reads, whose answers can be large and carry no such errors
--
-- When wrk is done it prints one JSON line (the only line of its output starting with "{") with the figures.

local envelope_start = [[<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
               xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
   <soap:Header>
      <t:RequestServerVersion Version="Exchange2013" />
      <t:MailboxCulture>en-US</t:MailboxCulture>
   </soap:Header>
   <soap:Body>
]]

local envelope_end = [[
   </soap:Body>
</soap:Envelope>
]]

-- The operation element of each request, in the layout of the reference examples; `name` is unique per request.
local operations = {
  AddImGroup = function(_, name)
    return "      <m:AddImGroup>\n         <m:DisplayName>" .. name .. "</m:DisplayName>\n      </m:AddImGroup>\n"
  end,
  AddNewImContactToGroup = function(group, name)
    return "      <m:AddNewImContactToGroup>\n         <m:ImAddress>sip:" .. name .. "@bench.example</m:ImAddress>\n"
      .. "         <m:DisplayName>" .. name .. "</m:DisplayName>\n"
      .. '         <m:GroupId Id="' .. group .. '"/>\n      </m:AddNewImContactToGroup>\n'
  end,
  GetImItemList = function()
    return "      <m:GetImItemList/>\n"
  end,
  SetImGroup = function(group, name)
    return '      <m:SetImGroup>\n         <m:GroupId Id="' .. group .. '"/>\n'
      .. "         <m:NewDisplayName>" .. name .. "</m:NewDisplayName>\n      </m:SetImGroup>\n"
  end,
  -- The schema requires a non-empty DisplayName: the server answers with the ErrorSchemaValidation fault (HTTP 500).
  EmptyGroupName = function()
    return "      <m:AddImGroup>\n         <m:DisplayName></m:DisplayName>\n      </m:AddImGroup>\n"
  end,
}

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state; setup() above gave it thread_id).
local operation, targets, tag, expected_status, check_bodies
local sent = 0
status_5xx = 0
unexpected_status = 0
ews_errors = 0

function init(args)
  operation = operations[args[1]]
  if operation == nil then
    error("unknown request: " .. tostring(args[1]))
  end

  targets = {}
  for line in io.lines(args[2]) do
    local authorization, group = line:match("^([^\t]+)\t?(.*)$")
    table.insert(targets, { authorization = authorization, group = group })
  end
  if #targets == 0 then
    error("no targets in " .. args[2])
  end

  tag = args[3] .. "-" .. thread_id
  -- Threads start at different mailboxes so they do not move in step.
  sent = thread_id * 7919
  expected_status = tonumber(args[4])
  check_bodies = args[5] == "check"
end

function request()
  sent = sent + 1
  local target = targets[sent % #targets + 1]
  local body = envelope_start .. operation(target.group, tag .. "-" .. sent) .. envelope_end
  return wrk.format("POST", nil, {
    ["Content-Type"] = "text/xml; charset=utf-8",
    ["Authorization"] = target.authorization,
  }, body)
end

function response(status, _, body)
  if status ~= expected_status then
    unexpected_status = unexpected_status + 1
  end
  if status >= 500 then
    status_5xx = status_5xx + 1
  elseif check_bodies and status == 200 and body:find('ResponseClass="Error"', 1, true) then
    ews_errors = ews_errors + 1
  end
end

function done(summary, latency, _)
  local answered_5xx, unexpected, errors = 0, 0, 0
  for _, thread in ipairs(threads) do
    answered_5xx = answered_5xx + thread:get("status_5xx")
    unexpected = unexpected + thread:get("unexpected_status")
    errors = errors + thread:get("ews_errors")
  end
  io.write(string.format(
    '{"requests":%d,"durationMicroseconds":%d,"p50Microseconds":%d,"p90Microseconds":%d,"p99Microseconds":%d,'
      .. '"maxMicroseconds":%d,"non2xx":%d,"status5xx":%d,"unexpectedStatus":%d,"ewsErrors":%d,'
      .. '"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, summary.errors.status, answered_5xx, unexpected, errors, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
end
