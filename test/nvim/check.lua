-- Drives sourcetrace's language server from Neovim 0.7 (Debian's), headless:
-- opens a draft, attaches the server over stdio, waits for its diagnostics,
-- asks for a hover, and writes what it saw to a JSON file for test/nvim/run.ts
-- to check. Neovim 0.7 has no vim.lsp.start, so the client is started with
-- vim.lsp.start_client and attached with vim.lsp.buf_attach_client.
--
-- Inputs come from the environment:
--   ST_SERVER      path of dist/server.js
--   ST_NODE        the node binary that runs it
--   ST_FILE        the draft to open
--   ST_OUT         where to write the JSON result
--   ST_HOVER_LINE, ST_HOVER_CHAR   a 0-based LSP position (UTF-16) to hover

local out = { errors = {} }
local function fail(msg)
  table.insert(out.errors, msg)
end

local server = os.getenv('ST_SERVER')
local node = os.getenv('ST_NODE') or 'node'
local file = os.getenv('ST_FILE')
local outfile = os.getenv('ST_OUT')
local hover_line = tonumber(os.getenv('ST_HOVER_LINE') or '0')
local hover_char = tonumber(os.getenv('ST_HOVER_CHAR') or '0')

vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'markdown'
local uri = vim.uri_from_bufnr(bufnr)
out.uri = uri
out.nvim = vim.version()

-- Every publishDiagnostics notification for this draft, exactly as it came
-- over the wire, before Neovim converts it.
local published = {}
local client_id = vim.lsp.start_client({
  name = 'sourcetrace',
  cmd = { node, server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then
        table.insert(published, result.diagnostics)
      end
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
if not client_id then
  fail('vim.lsp.start_client returned nil')
else
  vim.lsp.buf_attach_client(bufnr, client_id)
end

local got = vim.wait(30000, function()
  local last = published[#published]
  return last ~= nil and #last > 0
end, 50)
if not got then
  fail('no non-empty publishDiagnostics within 30 s')
end
-- Give a second notification (the server may refine its first answer) a moment.
vim.wait(500, function() return false end, 50)

out.published_count = #published
out.diagnostics = published[#published] or {}
out.vim_diagnostic_count = #vim.diagnostic.get(bufnr)

local client = client_id and vim.lsp.get_client_by_id(client_id)
if client then
  out.hover_provider = (client.server_capabilities and client.server_capabilities.hoverProvider) and true or false
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = hover_line, character = hover_char },
  }, 15000)
  if not responses then
    fail('hover request timed out')
  else
    for _, r in pairs(responses) do
      if r.err then
        fail('hover error: ' .. vim.inspect(r.err))
      end
      out.hover = r.result
    end
  end
  -- Stop the server politely: shutdown + exit, then wait until it is gone.
  vim.lsp.stop_client(client_id)
  local stopped = vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  out.stopped_cleanly = stopped
end

local f = io.open(outfile, 'w')
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
