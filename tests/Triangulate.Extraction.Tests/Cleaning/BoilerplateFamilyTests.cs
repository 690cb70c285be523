using Triangulate.Core.Model;
using Triangulate.Extraction.Cleaning;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests.Cleaning;

/// <summary>
/// The line families crawlers leave in copied text (issue 22): each family by its form, with invented lines, and
/// for each the story lines that look alike and must stay. Story sentences naming an agency always stay.
/// </summary>
public sealed class BoilerplateFamilyTests
{
    private readonly BoilerplateCleaner _cleaner = new();

    [Theory]
    [InlineData("[ad_1]")]
    [InlineData("[ad_2]")]
    [InlineData("[adrotate banner=\"12\"]")]
    [InlineData("[/caption]")]
    [InlineData("[td_block_ad_box spot_id=\"custom_ad_1\"]")]
    [InlineData("[Advertisement]")]
    [InlineData("[embedded content]")]
    public void Clean_AdSlotShortcode_RemovedAsBoilerplate(string line) => AssertRemoved(line, RemovedKinds.Boilerplate);

    [Theory]
    [InlineData("[Reuters]")]
    [InlineData("[1]")]
    [InlineData("[The mayor later withdrew the remark.]")]
    public void Clean_BracketedLineThatIsNoShortcode_NotTakenForAnAdSlot(string line)
    {
        var result = _cleaner.Clean(Around(line));
        Assert.DoesNotContain(result.Removed, r => r.Kind == RemovedKinds.Boilerplate);
    }

    [Theory]
    [InlineData("Source link")]
    [InlineData("Source Link:")]
    [InlineData("Read the original article here")]
    [InlineData("View original article at https://news.example.org/a/123")]
    [InlineData("Original source")]
    public void Clean_SourceLinkLine_RemovedAsReadMore(string line) => AssertRemoved(line, RemovedKinds.ReadMore);

    [Theory]
    [InlineData("This article was originally published on The Harbour Review.", "Harbour Review")]
    [InlineData("Originally published by Valley Science.", "Valley Science")]
    public void Clean_OriginallyPublishedLine_CreditsTheSource(string line, string source)
    {
        var result = AssertRemoved(line, RemovedKinds.SourceCredit);
        Assert.Equal([source], result.CreditedSources);
    }

    [Theory]
    [InlineData("Leave a Reply Cancel reply")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Save my name, email, and website in this browser for the next time I comment.")]
    [InlineData("Notify me of follow-up comments by email.")]
    [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.")]
    [InlineData("Name *")]
    [InlineData("Comments are closed.")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("14 thoughts on “Ferry fares rise again”")]
    [InlineData("Δ")]
    public void Clean_CommentFormLine_RemovedAsBoilerplate(string line) => AssertRemoved(line, RemovedKinds.Boilerplate);

    [Theory]
    [InlineData("(AFP)", "AFP")]
    [InlineData("• Reuters", "Reuters")]
    [InlineData("— AP/Reuters", "AP")]
    [InlineData("[Xinhua]", "Xinhua")]
    [InlineData("(MENAFN - Harbour Daily)", "Harbour Daily")]
    public void Clean_AgencyTagLine_RemovedAndCredited(string line, string agency)
    {
        var result = AssertRemoved(line, RemovedKinds.SourceCredit);
        Assert.Contains(agency, result.CreditedSources);
    }

    [Theory]
    [InlineData("• Jane Okafor")]
    [InlineData("• Port Selwyn")]
    [InlineData("— Harbour master")]
    public void Clean_BulletedNameThatIsNoAgency_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Web Desk")]
    [InlineData("By News Desk")]
    [InlineData("Edited by: Priya Raman")]
    [InlineData("Web editor: Tom Keller")]
    public void Clean_WebEditorCredit_RemovedAsCredit(string line) => AssertRemoved(line, RemovedKinds.Credit);

    [Theory]
    [InlineData("BREAKING NEWS:")]
    [InlineData("This is a developing story and will be updated.")]
    [InlineData("This is a breaking news story. Check back for updates.")]
    [InlineData("This story will be updated as more information becomes available.")]
    [InlineData("More to follow.")]
    [InlineData("Viewer discretion is advised.")]
    [InlineData("Warning: this video contains graphic images some viewers may find distressing.")]
    [InlineData("Some readers may find the following details upsetting.")]
    public void Clean_BreakingOrDiscretionNote_RemovedAsNote(string line) => AssertRemoved(line, RemovedKinds.Note);

    [Theory]
    [InlineData("With wire services")]
    [InlineData("— With agency inputs")]
    [InlineData("Compiled from wire reports.")]
    [InlineData("Wire services contributed to this report.")]
    public void Clean_WireServicesCredit_RemovedAsSourceCredit(string line) => AssertRemoved(line, RemovedKinds.SourceCredit);

    [Theory]
    [InlineData("— With files from The Harbour Press", "Harbour Press")]
    [InlineData("(With AFP)", "AFP")]
    [InlineData("With reports from Reuters and AP", "Reuters")]
    public void Clean_WithFilesFromCredit_CreditsTheSources(string line, string source)
    {
        var result = AssertRemoved(line, RemovedKinds.SourceCredit);
        Assert.Contains(source, result.CreditedSources);
    }

    [Theory]
    [InlineData("Reuters reported that the ministry had ordered the evacuation of three villages near the dam.")]
    [InlineData("The ferry operator told AFP that services would resume on Friday.")]
    [InlineData("(Reuters) reported on Monday that the port would close.")]
    [InlineData("With Tuesday's vote, the council has approved the dredging plan.")]
    [InlineData("With Smith injured, the team will start a rookie in goal.")]
    [InlineData("Breaking news is what the agency does best, its editor said.")]
    [InlineData("This is a developing country with a fast-growing port, the minister said, and it needs investment.")]
    [InlineData("This is a developing story about a town that refuses to give up its harbour, she wrote.")]
    [InlineData("Some readers may find it odd that the museum opens at dawn.")]
    [InlineData("Leave a reply to the council by Friday, residents were told.")]
    [InlineData("Source links between the two agencies were cut in 2019, according to the report.")]
    [InlineData("Originally published in 1921, the map shows the old quay.")]
    [InlineData("Web editors at the paper went on strike on Monday over pay.")]
    public void Clean_StorySentenceLikeAFamily_Kept(string line) => AssertKept(line);

    private CleaningResult AssertRemoved(string line, string kind)
    {
        var result = _cleaner.Clean(Around(line));
        Assert.Equal([new RemovedText(kind, line)], result.Removed);
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
        return result;
    }

    private void AssertKept(string line)
    {
        var input = Around(line);
        var result = _cleaner.Clean(input);
        Assert.Empty(result.Removed);
        Assert.Equal(input, result.Text);
    }
}
