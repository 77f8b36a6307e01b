using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Stormpath.Identity.Sample.Pages.Admin;

[Authorize(Roles = SampleRoles.Administrators)]
public sealed class IndexModel(UserManager<StormpathUser> userManager) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<StormpathUser> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var users = userManager.Users;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var term = Query.Trim();
            var normalized = userManager.NormalizeEmail(term) ?? term;
            users = users.Where(u =>
                u.NormalizedEmail!.Contains(normalized)
                || u.NormalizedUserName!.Contains(normalized)
                || u.GivenName!.Contains(term)
                || u.Surname!.Contains(term));
        }

        Total = await users.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Users = await users
            .OrderBy(u => u.NormalizedEmail)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
    }
}
