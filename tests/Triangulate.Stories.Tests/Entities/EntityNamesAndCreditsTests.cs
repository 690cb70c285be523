using Triangulate.Core.Model;
using Triangulate.Stories.Entities;
using static Triangulate.Stories.Tests.Entities.EntityCanonicalizerTests;

namespace Triangulate.Stories.Tests.Entities;

/// <summary>Head words, facilities, nested places, surname resolution across paragraphs and copies, and source credits.</summary>
public class EntityNamesAndCreditsTests
{
    private static readonly EntityCanonicalizer Canonicalizer = new();

    [Fact]
    public void Canonicalize_NameBeforeLowercaseFacilityHead_BecomesThePlace()
    {
        var a = Article("a", "Crowds crossed the Dunmore footbridge at dusk.", ("Dunmore", "MISC"));

        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));

        Assert.Equal("Dunmore footbridge", entity.Name);
        Assert.Equal("LOCATION", entity.Type);
        Assert.Equal("Dunmore footbridge", entity.Mentions[0].Text);
    }

    [Fact]
    public void Canonicalize_FacilityWithAndWithoutModifier_OneEntityNamedByTheCommonerForm()
    {
        var a = Article("a", "Stalls at the Kessel Road market opened. The Kessel Road night market closed. Later the Kessel Road market reopened.",
            ("Kessel Road", "LOCATION"), ("Kessel Road", "LOCATION"), ("Kessel Road", "LOCATION"));

        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));

        Assert.Equal("Kessel Road market", entity.Name);
        Assert.Equal(["Kessel Road night market"], entity.Aliases);
        Assert.Equal(3, entity.Mentions.Count);
    }

    [Theory]
    [InlineData("Voters in the Russian oil pipeline town were angry.", "Russian", "MISC")]
    [InlineData("Exports through Dunmore market rose.", "Dunmore", "LOCATION")]
    public void Canonicalize_DemonymOrNoDefiniteArticle_NotAFacility(string text, string name, string type)
    {
        var entity = Assert.Single(Canonicalizer.Canonicalize([Article("a", text, (name, type))]));

        Assert.Equal(name, entity.Name);
    }

    [Fact]
    public void Canonicalize_CitedOutletTaggedPerson_IsAnOrganisation()
    {
        var a = Article("a", "A diplomatic solution is likely, a Trump advisor told Axios on Monday.", ("Trump", "PERSON"), ("Axios", "PERSON"));

        var entities = Canonicalizer.Canonicalize([a], new EntityContext(new Dictionary<string, string>(), new HashSet<string>(), NewsOrganisations.All));

        Assert.Equal("ORG", entities.Single(e => e.Name == "Axios").Type);
        Assert.Equal("PERSON", entities.Single(e => e.Name == "Trump").Type);
    }

    [Theory]
    [InlineData("Secretary of Defense Pete Hegseth spoke on Monday.", "Secretary of Defense")]
    [InlineData("Secretary of Defence Pete Hegseth spoke on Monday.", "Defence")]
    [InlineData("Foreign Minister Ana Ruiz and Minister of Foreign Affairs staff met.", "Minister of Foreign Affairs")]
    public void Canonicalize_OfficeTaggedOrganisation_NotAnEntity(string text, string office)
    {
        var entities = Canonicalizer.Canonicalize([Article("a", text, (office, "ORG"))]);

        Assert.Empty(entities);
    }

    [Theory]
    [InlineData("The Ministry of Defence said the base was closed.", "Defence")]
    [InlineData("The Director of the FBI said the case was open.", "FBI")]
    [InlineData("The Department of State said the embassy was open.", "State")]
    public void Canonicalize_OrganisationAfterNonOfficeOf_Kept(string text, string name)
    {
        var entity = Assert.Single(Canonicalizer.Canonicalize([Article("a", text, (name, "ORG"))]));

        Assert.Equal(name, entity.Name);
    }

    [Fact]
    public void Canonicalize_PossessiveInstitution_WholeNameAsOrganisation()
    {
        var a = Article("a", "Nine were taken to St Aldric's Hospital overnight. St. Aldric's Hospital said two were critical.",
            ("St Aldric", "LOCATION"), ("St. Aldric's Hospital", "LOCATION"));

        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));

        Assert.Equal("ORG", entity.Type);
        Assert.Equal(["St Aldric's Hospital", "St. Aldric's Hospital"], entity.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Canonicalize_StreetNameTaggedPerson_IsAPlaceWhereItStandsAfterAPreposition()
    {
        var a = Article("a", "Two crossings, on Tanner Lane and at Brock Quay, stayed shut. Nathan Lane said he was surprised.",
            ("Tanner Lane", "PERSON"), ("Brock Quay", "PERSON"), ("Nathan Lane", "PERSON"));

        var entities = Canonicalizer.Canonicalize([a]);

        Assert.Equal("LOCATION", entities.Single(e => e.Name == "Tanner Lane").Type);
        Assert.Equal("LOCATION", entities.Single(e => e.Name == "Brock Quay").Type);
        Assert.Equal("PERSON", entities.Single(e => e.Name == "Nathan Lane").Type);
    }

    [Fact]
    public void Canonicalize_BareSurnameOutsideTheOtherNamesakesParagraph_GoesToTheArticlesMainActor()
    {
        var a = Article("a", "Mayor Ana Ruiz defended the plan.\n\nCouncillor Pablo Ruiz, no relation, said Ruiz was wrong.\n\nFor Ruiz, elected in 2023, the vote matters.",
            ("Ana Ruiz", "PERSON"), ("Pablo Ruiz", "PERSON"), ("Ruiz", "PERSON"), ("Ruiz", "PERSON"));

        var entities = Canonicalizer.Canonicalize([a]);

        var ana = entities.Single(e => e.Name == "Ana Ruiz");
        var pablo = entities.Single(e => e.Name == "Pablo Ruiz");
        Assert.Equal(2, pablo.Mentions.Count); // "said Ruiz was wrong" follows Pablo in his own paragraph
        Assert.Equal(2, ana.Mentions.Count); // "For Ruiz" in a later paragraph is the article's main actor
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Canonicalize_BareSurnameWithTitle_GoesToTheNamesakeWithThatTitle()
    {
        var a = Article("a", "Mayor Ana Ruiz and Councillor Pablo Ruiz met.", ("Ana Ruiz", "PERSON"), ("Pablo Ruiz", "PERSON"));
        var b = Article("b", "Mayor Ruiz visited the scene.", ("Ruiz", "PERSON"));

        var entities = Canonicalizer.Canonicalize([a, b]);

        Assert.Equal(2, entities.Single(e => e.Name == "Ana Ruiz").Mentions.Count);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Canonicalize_BareSurnameInACopy_GoesToTheNamesakeTheOtherCopiesName()
    {
        var wire = Article("wire", "Ana Ruiz told reporters the bridge was safe.", ("Ana Ruiz", "PERSON"));
        var copy = Article("copy", "Ruiz told reporters the bridge was safe.", ("Ruiz", "PERSON"));
        var other = Article("other", "Pablo Ruiz disagreed.", ("Pablo Ruiz", "PERSON"));
        var lineages = new Dictionary<string, string> { ["wire"] = "L1", ["copy"] = "L1", ["other"] = "L2" };

        var entities = Canonicalizer.Canonicalize([wire, copy, other], new EntityContext(lineages, new HashSet<string>()));

        Assert.Equal(2, entities.Single(e => e.Name == "Ana Ruiz").Mentions.Count);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Canonicalize_KnownPlaceInsidePublicBodyName_AlsoAMentionOfThePlace()
    {
        var a = Article("a", "The Dunmore Harbour Authority said the Dunmore Daily Times was wrong.",
            ("Dunmore Harbour Authority", "ORG"), ("Dunmore Daily Times", "ORG"));

        var entities = Canonicalizer.Canonicalize([a], new EntityContext(new Dictionary<string, string>(), new HashSet<string> { "dunmore" }));

        var place = entities.Single(e => e.Name == "Dunmore");
        Assert.Equal("LOCATION", place.Type);
        var mention = Assert.Single(place.Mentions); // the newspaper's name does not mention the town
        Assert.Equal(4, mention.Start);
    }

    [Fact]
    public void Canonicalize_SourceOnlyInCredits_IsAnOrganisationWithItsCreditLines()
    {
        var removed = new[] { new RemovedText(RemovedKinds.Dateline, "DUNMORE (Tidewater Wire) -"), new RemovedText(RemovedKinds.SourceCredit, "With inputs from Tidewater Wire") };
        var a = new Article("a", new ArticleSource("a"), new ArticleMetadata { CreditedSources = ["Tidewater Wire"] }, "Ana Ruiz spoke.", removed);
        Annotate(a, ("Ana Ruiz", "PERSON"));

        var credited = Canonicalizer.Canonicalize([a]).Single(e => e.Name == "Tidewater Wire");

        Assert.Equal("ORG", credited.Type);
        Assert.Empty(credited.Mentions);
        Assert.Equal(["DUNMORE (Tidewater Wire) -", "With inputs from Tidewater Wire"], credited.Credits.Select(c => c.Text));
        Assert.All(credited.Credits, c => Assert.Equal("a", c.ArticleId));
    }

    [Fact]
    public void Canonicalize_CreditedSourceAlsoNamedInText_CreditsJoinThatEntity()
    {
        var a = new Article("a", new ArticleSource("a"), new ArticleMetadata { CreditedSources = ["Tidewater Wire"] }, "Tidewater Wire reported the collapse first.",
            [new RemovedText(RemovedKinds.SourceCredit, "With inputs from Tidewater Wire")]);
        Annotate(a, ("Tidewater Wire", "LOCATION"));

        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));

        Assert.Equal("ORG", entity.Type);
        Assert.Single(entity.Mentions);
        Assert.Single(entity.Credits);
    }

    [Fact]
    public void Canonicalize_NameCutAfterInnerAbbreviation_Rejoined()
    {
        var a = Article("a", "They freed Navy veteran Ann St. Pierre in May.", ("Ann St.", "ORG"));

        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));

        Assert.Equal("Ann St. Pierre", entity.Name);
        Assert.Equal("PERSON", entity.Type); // "Navy veteran" says what she is
    }

    [Fact]
    public void Canonicalize_AdjacentPiecesOfOneName_JoinedButTitleBeforePersonNot()
    {
        var a = Article("a", "Staff at the Harbour Policy Institute met Minister of Ports Ana Ruiz.",
            ("Harbour", "LOCATION"), ("Policy Institute", "ORG"), ("Ports", "ORG"), ("Ana Ruiz", "PERSON"));

        var entities = Canonicalizer.Canonicalize([a]);

        Assert.Contains(entities, e => e.Name == "Harbour Policy Institute" && e.Type == "ORG");
        Assert.Contains(entities, e => e.Name == "Ana Ruiz" && e.Type == "PERSON");
    }

    [Theory]
    [InlineData("\u201c", "\u201d")]
    [InlineData("\"", "\"")]
    public void Canonicalize_NicknameInQuotes_OnePerson(string open, string close)
    {
        var text = $"The brother of Luis {open}Tigre{close} Montes was held.";
        var tagged = Article("a", text, ("Luis", "LOCATION"), ("Tigre", "LOCATION"), ("Montes", "LOCATION"));
        var untagged = Article("b", text, ("Luis", "PERSON"), ("Montes", "PERSON"));

        foreach (var article in new[] { tagged, untagged })
        {
            var entity = Assert.Single(Canonicalizer.Canonicalize([article]));
            Assert.Equal($"Luis {open}Tigre{close} Montes", entity.Name);
            Assert.Equal("PERSON", entity.Type);
        }
    }

    [Theory]
    [InlineData("Police hunted Los Halcones, a coastal gang that runs the docks.", "Los Halcones", "LOCATION", "ORG")]
    [InlineData("Officials met Vera Kline, whom rivals call a fraud.", "Vera Kline", "ORG", "PERSON")]
    [InlineData("Ostrava, a city in the east, reopened its airport.", "Ostrava", "PERSON", "LOCATION")]
    [InlineData("He met President Tanvir in Dhaka.", "Tanvir", "LOCATION", "PERSON")]
    [InlineData("Police hunt the bosses of Los Halcones, a coastal gang.", "Los Halcones", "LOCATION", "ORG")]
    public void Canonicalize_DescriptorSaysWhatItIs_TypeFollowsIt(string text, string name, string tagged, string expected)
    {
        var entity = Canonicalizer.Canonicalize([Article("a", text, (name, tagged))]).First();

        Assert.Equal(expected, entity.Type);
    }

    [Theory]
    [InlineData("Senator Amy Reed of Nevada, the majority leader, spoke.", "Nevada", "LOCATION")]
    [InlineData("Aid went to the EU and the US, who pay the subsidies.", "US", "LOCATION")]
    [InlineData("Prices rose, said Ann Lee, chief UK economist at a bank.", "UK", "LOCATION")]
    [InlineData("The deal lifted profits at owner Telecom Nord this year.", "Telecom Nord", "ORG")]
    [InlineData("The owners of Marlow Motors, who face a pay inquiry, declined to comment.", "Marlow Motors", "ORG")]
    public void Canonicalize_DescriptorMeantForAnotherWord_TypeUnchanged(string text, string name, string tagged)
    {
        var entity = Assert.Single(Canonicalizer.Canonicalize([Article("a", text, (name, tagged))]));

        Assert.Equal(tagged, entity.Type);
    }

    [Theory]
    [InlineData("Shares fell on the UK property market.", "UK", "LOCATION")]
    [InlineData("Output at the Siemens plant fell.", "Siemens", "ORG")]
    [InlineData("Buyers left the Venezuelan market.", "Venezuelan", "MISC")]
    [InlineData("Talks on the Iraqi dam stalled.", "Iraqi", "MISC")]
    public void Canonicalize_EconomicOrDemonymBeforeHead_NotAFacility(string text, string name, string type)
    {
        var entity = Assert.Single(Canonicalizer.Canonicalize([Article("a", text, (name, type))]));

        Assert.Equal(name, entity.Name);
        Assert.Equal(type, entity.Type);
    }

    [Theory]
    [InlineData("West Bank", "LOCATION", "LOCATION")]
    [InlineData("Soviet Union", "LOCATION", "LOCATION")]
    [InlineData("Mercy Hospital", "LOCATION", "ORG")]
    [InlineData("Kessel Road", "ORG", "LOCATION")]
    public void Canonicalize_HeadWord_DecidesOnlyUnambiguousHeads(string name, string tagged, string expected)
    {
        var entity = Assert.Single(Canonicalizer.Canonicalize([Article("a", $"Talks in {name} went on.", (name, tagged))]));

        Assert.Equal(expected, entity.Type);
    }



    [Fact]
    public void Canonicalize_CapitalisedTitleTailBeforePerson_DoesNotRetypeThePerson()
    {
        var a = Article("a", "He met Secretary of State Ana Ruiz.", ("Ana Ruiz", "PERSON"));

        Assert.Equal("PERSON", Assert.Single(Canonicalizer.Canonicalize([a])).Type);
    }

    [Fact]
    public void Canonicalize_NameTheCorpusPublishesUnder_IsAnOrganisation()
    {
        var a = Article("a", "The letter was seen by Tidewater.", ("Tidewater", "LOCATION"));
        var context = new EntityContext(new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string> { "tidewater" });

        Assert.Equal("ORG", Assert.Single(Canonicalizer.Canonicalize([a], context)).Type);
        Assert.Equal("LOCATION", Assert.Single(Canonicalizer.Canonicalize([a])).Type);
    }

    [Fact]
    public void Canonicalize_PersonNamedLikeAnOutlet_StaysAPerson()
    {
        var a = Article("a", "Tom Tidewater gave a speech. Tidewater said he would run.", ("Tom Tidewater", "PERSON"), ("Tidewater", "PERSON"));
        var context = new EntityContext(new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string> { "tidewater" });

        var entity = Assert.Single(Canonicalizer.Canonicalize([a], context));

        Assert.Equal("PERSON", entity.Type);
        Assert.Equal(2, entity.Mentions.Count);
    }
}
