using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Accounts;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Directories;
using Stormpath.Server.Errors;
using Stormpath.Server.Hosting;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Applications;

/// <summary>The application endpoints (§3.2) and its virtual <c>accounts</c> and <c>groups</c> collections.</summary>
internal static class ApplicationEndpoints
{
    public static void MapApplications(this RouteGroupBuilder v1)
    {
        var applications = v1.MapGroup("/applications");

        applications.MapPost("", async Task<Created<JsonObject>> (HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            // Parsed first: a bad expand is a 400 that must not leave an application behind.
            var expansion = Expansion.FromQuery(request, Representations.ApplicationExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Application", NamedFields.Writable, ReadOnlyLinks);
            var now = Timestamps.Now(time);
            var application = new ApplicationRecord { Id = ResourceIds.NewId(), TenantId = caller.TenantId };
            NamedFields.Apply(body, creating: true, 4000, application, n => (application.Name, application.NormalizedName) = (n, n.ToLowerInvariant()), d => application.Description = d, s => application.Status = s, now);
            db.Applications.Add(application);

            // §3.1: createDirectory=true makes "{name} Directory", any other value names the directory.
            var createDirectory = request.Query["createDirectory"].ToString();
            if (createDirectory.Length > 0 && !string.Equals(createDirectory, "false", StringComparison.OrdinalIgnoreCase))
            {
                var directoryName = string.Equals(createDirectory, "true", StringComparison.OrdinalIgnoreCase) ? $"{application.Name} Directory" : createDirectory;
                var directory = DirectoryFactory.Create(caller.TenantId, directoryName, now);
                db.Directories.Add(directory);
                db.AccountStoreMappings.Add(new AccountStoreMappingRecord
                {
                    Id = ResourceIds.NewId(), ApplicationId = application.Id, DirectoryId = directory.Id, ListIndex = 0,
                    IsDefaultAccountStore = true, IsDefaultGroupStore = true, CreatedAt = now, ModifiedAt = now,
                });
            }

            await DatabaseErrors.SaveChangesAsync(db, detail => ErrorCatalog.Duplicate(detail.Contains("Directories", StringComparison.OrdinalIgnoreCase) ? "Directory" : "Application", "name"), ct);
            var json = await rep.ApplicationAsync(application, expansion, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        applications.MapGet("", async Task<Ok<JsonObject>> (HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var expand = Expansion.FromQuery(request, Representations.ApplicationExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("applications"), db.Applications.Where(a => a.TenantId == caller.TenantId),
                CollectionQuery.FromRequest(request), Schemas.Applications, (a, c) => rep.ApplicationAsync(a, expand, c), ct));
        });

        applications.MapGet("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await rep.ApplicationAsync(application, Expansion.FromQuery(request, Representations.ApplicationExpandable), ct));
        });

        applications.MapPost("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var expansion = Expansion.FromQuery(request, Representations.ApplicationExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Application", NamedFields.Writable, ReadOnlyLinks);
            NamedFields.Apply(body, creating: false, 4000, application, n => (application.Name, application.NormalizedName) = (n, n.ToLowerInvariant()), d => application.Description = d, s => application.Status = s, Timestamps.Now(time));
            await DatabaseErrors.SaveChangesAsync(db, _ => NamedFields.Duplicate("Application"), ct);
            return TypedResults.Ok(await rep.ApplicationAsync(application, expansion, ct));
        });

        applications.MapDelete("/{id}", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            db.Applications.Remove(application);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });

        applications.MapGet("/{id}/accounts", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.AccountExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("applications", application.Id, "accounts"), Sources.AccountsOfApplication(db, application.Id),
                CollectionQuery.FromRequest(request), Schemas.Accounts, (a, c) => rep.AccountAsync(a, expand, c), ct));
        });

        // §3.2: an account created through the application goes to its default account store.
        applications.MapPost("/{id}/accounts", async Task<Created<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, AccountWriter writer, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var mapping = await db.AccountStoreMappings.FirstOrDefaultAsync(m => m.ApplicationId == application.Id && m.IsDefaultAccountStore, ct)
                ?? throw new StormpathErrorException(ErrorCatalog.NoDefaultAccountStore());
            var (directory, group) = await StoreOfAsync(db, mapping, ct);
            if (directory.Status != "ENABLED" || group?.Status is "DISABLED")
            {
                throw new StormpathErrorException(ErrorCatalog.DefaultAccountStoreDisabled());
            }

            var json = await writer.CreateAsync(request, directory, group, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        applications.MapGet("/{id}/groups", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.GroupExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("applications", application.Id, "groups"), Sources.GroupsOfApplication(db, application.Id),
                CollectionQuery.FromRequest(request), Schemas.Groups, (g, c) => rep.GroupAsync(g, expand, c), ct));
        });

        applications.MapPost("/{id}/groups", async Task<Created<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var mapping = await db.AccountStoreMappings.FirstOrDefaultAsync(m => m.ApplicationId == application.Id && m.IsDefaultGroupStore, ct)
                ?? throw new StormpathErrorException(ErrorCatalog.NoDefaultGroupStore());
            var directory = await db.DirectoryAsync(caller.TenantId, mapping.DirectoryId!, ct);
            if (directory.Status != "ENABLED")
            {
                throw new StormpathErrorException(ErrorCatalog.DefaultGroupStoreDisabled());
            }

            var json = await Groups.GroupEndpoints.CreateGroupAsync(request, directory, db, rep, time, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        applications.MapGet("/{id}/accountStoreMappings", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.AccountStoreMappingExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("applications", application.Id, "accountStoreMappings"),
                db.AccountStoreMappings.Where(m => m.ApplicationId == application.Id), CollectionQuery.FromRequest(request), Schemas.AccountStoreMappings, (m, c) => rep.AccountStoreMappingAsync(m, expand, c), ct));
        });
    }

    /// <summary>Links an application shows; a client saving what it read may send them back.</summary>
    internal static readonly string[] ReadOnlyLinks =
        ["tenant", "defaultAccountStoreMapping", "defaultGroupStoreMapping", "accounts", "groups", "accountStoreMappings", "loginAttempts", "passwordResetTokens", "verificationEmails"];

    internal static async Task<(DirectoryRecord Directory, GroupRecord? Group)> StoreOfAsync(StormpathServerDbContext db, AccountStoreMappingRecord mapping, CancellationToken ct)
    {
        if (mapping.DirectoryId is not null)
        {
            return (await db.Directories.FirstAsync(d => d.Id == mapping.DirectoryId, ct), null);
        }

        var group = await db.Groups.FirstAsync(g => g.Id == mapping.GroupId, ct);
        return (await db.Directories.FirstAsync(d => d.Id == group.DirectoryId, ct), group);
    }
}
