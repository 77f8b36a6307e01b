using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

/// <summary>The <c>name</c>, <c>description</c>, <c>status</c> and embedded <c>customData</c> that applications, directories and groups share.</summary>
internal static class NamedFields
{
    public static readonly string[] Statuses = ["ENABLED", "DISABLED"];

    public static readonly string[] Writable = ["name", "description", "status", "customData"];

    public static void Apply(ResourceBody body, bool creating, int descriptionMax, CustomDataOwnerRecord record, Action<string> setName, Action<string?> setDescription, Action<string> setStatus, DateTime now)
    {
        if (body.TryGetRequiredString("name", 255, required: creating, out var name))
        {
            setName(name);
        }

        if (body.TryGetString("description", descriptionMax, out var description))
        {
            setDescription(description);
        }

        if (body.TryGetEnum("status", Statuses, out var status))
        {
            setStatus(status);
        }

        if (body.TryGetObject("customData", out var customData))
        {
            record.CustomData = CustomData.CustomDataDocument.Merge(record.CustomData, customData);
            record.CustomDataModifiedAt = now;
        }

        if (creating)
        {
            record.CreatedAt = now;
            record.CustomDataModifiedAt = now;
        }

        record.ModifiedAt = now;
    }

    public static StormpathError Duplicate(string resource) => ErrorCatalog.Duplicate(resource, "name");

    public static void RequireChanges(ResourceBody body)
    {
        if (body.Json.Count == 0)
        {
            throw new StormpathErrorException(ErrorCatalog.BodyRequired());
        }
    }
}
