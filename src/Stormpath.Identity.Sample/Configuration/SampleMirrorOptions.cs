namespace Stormpath.Identity.Sample.Configuration;

/// <summary>The database of the local Identity mirror (<c>Sample:Mirror</c>).</summary>
internal sealed class SampleMirrorOptions
{
    /// <summary>Gets or sets the EF Core provider of the mirror.</summary>
    /// <value>The default value is <see cref="SampleMirrorProvider.Sqlite"/>.</value>
    public SampleMirrorProvider Provider { get; set; } = SampleMirrorProvider.Sqlite;

    /// <summary>Gets or sets the connection string of the mirror.</summary>
    /// <value>The default value is <see langword="null"/>: a SQLite file <c>mirror.db</c> in the data folder. Required for PostgreSQL.</value>
    public string? ConnectionString { get; set; }
}
