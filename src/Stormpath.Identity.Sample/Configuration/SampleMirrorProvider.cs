namespace Stormpath.Identity.Sample.Configuration;

/// <summary>The EF Core providers the sample can keep its mirror on; each has a migrations project.</summary>
internal enum SampleMirrorProvider
{
    /// <summary>A SQLite file (<c>migrations/Stormpath.Identity.Migrations.Sqlite</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<c>migrations/Stormpath.Identity.Migrations.PostgreSql</c>).</summary>
    PostgreSql,
}
