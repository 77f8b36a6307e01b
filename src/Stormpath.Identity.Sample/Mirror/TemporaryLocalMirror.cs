using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Stormpath.Identity.Sample.Mirror;

// TEMPORARY: a plain EF Identity store so the pages can run before AddStormpathStores() lands. Removed with it.
internal sealed class TemporaryLocalMirror(DbContextOptions<TemporaryLocalMirror> options)
    : IdentityDbContext<StormpathUser, StormpathRole, string>(options);
