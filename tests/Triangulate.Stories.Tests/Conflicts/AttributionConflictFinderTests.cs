using Triangulate.Stories.Conflicts;

namespace Triangulate.Stories.Tests.Conflicts;

public class AttributionConflictFinderTests
{
    [Theory]
    [InlineData("A. J. Smith", "Manager A. J. Smith", true)]
    [InlineData("Ilene Wolfe", "Ilene Wolff", true)]
    [InlineData("Sarah Palin", "Sarah", true)]
    [InlineData("Ingrid Halvorsen", "José Núñez", false)]
    [InlineData("Tim Mead", "Arte Moreno", false)]
    [InlineData("Mark Felt Jr.", "W. Mark Felt Sr.", false)]
    public void MayBeOnePerson_NamesOfOnePersonOrTwo(string a, string b, bool same) =>
        Assert.Equal(same, AttributionConflictFinder.MayBeOnePerson(a, b));
}
