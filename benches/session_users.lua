-- wrk script of the session benchmark: many users, each with a session of
-- its own. Request i carries the cookie of user i mod USERS, round robin,
-- so every user reuses one session id, and with USERS far above wrk's
-- connections no two requests of one user ever run at once (as with real
-- users, who click one page after another): the lock is taken and released
-- on every request but nobody waits for it.
-- Args (after --): USERS ID_PREFIX [FIRST_USER]. FIRST_USER (default 0)
-- lets a warm-up made of several short runs go on where the last one ended.
-- Session ids are ID_PREFIX + zero-padded user number, 32 characters like
-- PHP's own ids. Meant for wrk -t1 (each thread would cycle the same users).
local requests = {}
local next_user = 0
local users = 1000

function init(args)
    users = tonumber(args[1]) or users
    local prefix = args[2] or "user"
    for i = 0, users - 1 do
        local number = string.format("%d", i)
        local id = prefix .. string.rep("0", 32 - #prefix - #number) .. number
        requests[i] = wrk.format(nil, nil, { Cookie = "PHPSESSID=" .. id })
    end
    next_user = (tonumber(args[3]) or 0) % users
end

function request()
    local r = requests[next_user]
    next_user = (next_user + 1) % users
    return r
end
