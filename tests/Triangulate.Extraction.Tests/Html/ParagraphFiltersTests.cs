using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Tests.Html;

public class ParagraphFiltersTests
{
    private static readonly string Story = new('x', 450);

    [Theory]
    [InlineData("Article Launched: 01/14/2008 02:57:26 AM PST")]
    [InlineData("POSTED: 7:54 am EST January 23, 2008")]
    [InlineData("Last Updated: 12:01am GMT 08/01/2008")]
    [InlineData("Last updated at 8:37 AM on 18/01/08")]
    [InlineData("Associated Press - January 11, 2008 4:13 PM ET")]
    [InlineData("THE ASSOCIATED PRESS")]
    [InlineData("CanWest News Service")]
    [InlineData("AAP")]
    [InlineData("Special Correspondent")]
    [InlineData("Kenneth Perez © Reuters")]
    [InlineData("(© 2008 The Associated Press. All Rights Reserved. This story is fed directly from the newswire.)")]
    [InlineData("This material may not be reproduced, redistributed, or manipulated in any form.")]
    [InlineData("Keep up to date with the news. Receive our free E-Newsletter")]
    [InlineData("Click photo to enlarge")]
    [InlineData("01/09 00:17:25 ET")]
    [InlineData("8:40AM Tuesday January 15, 2008")]
    [InlineData("10:36pm Wednesday 16th January 2008")]
    [InlineData("Next story: Beanie buddy gets rapper in trouble")]
    [InlineData("Back to headlines")]
    [InlineData("Advert")]
    [InlineData("Iklan")]
    [InlineData("RSS feeds")]
    [InlineData("Font Scale:A A A")]
    [InlineData("Filed under: Politics |")]
    [InlineData("Tell us what YOU think...")]
    [InlineData("Photo: Jo Example, AP")]
    [InlineData("Image credit: The Riverside Post")]
    [InlineData("Crowds gather on the old bridge to watch the first bus cross (Image: Getty )")]
    [InlineData("A worker checks the eastern arch of the bridge in spring. (AP Photo/Jo Example, File)")]
    [InlineData("Image 1 of / 8")]
    [InlineData("1 / 23")]
    [InlineData("Back to Gallery")]
    [InlineData("Town News | Print Version | Email to friend | Previous Page")]
    [InlineData("Advts: Retail Plus | Classifieds | Jobs |")]
    [InlineData("In this Dec. 12, 2006, file photo, two engineers inspect the eastern arch of the old bridge.")]
    [InlineData("In this photo taken Monday, a crowd waits on the north bank for the first bus.")]
    [InlineData("Engineers inspect the eastern arch of the old bridge in spring. (Riverside Council via AP, File)")]
    [InlineData("Sharing is caring!")]
    [InlineData("written by Ann Example")]
    [InlineData("This document is subject to copyright.")]
    [InlineData("Please create an account or login to read this story")]
    [InlineData("ALREADY A MEMBER? LOGIN NOW.")]
    [InlineData("Password")]
    [InlineData("Remember my member ID and password on this computer.")]
    [InlineData("The opinions expressed in this release do not necessarily reflect the views of the Post.")]
    [InlineData("Follow Riverside Radio on Instagram, Facebook and Twitter.")]
    public void IsFurnitureLine_StampOrWidgetLine_True(string line)
    {
        Assert.True(ParagraphFilters.IsFurnitureLine(line));
    }

    [Theory]
    [InlineData("Associated Press Writer Tom Hays contributed to this report from a court in Manhattan.")]
    [InlineData("Updated figures released on Monday showed 12 more cases.")]
    [InlineData("Posted prices rose 3 percent.")]
    [InlineData("At 10:30 on Tuesday the court rose.")]
    [InlineData("The CafÃ© reopened on Tuesday.")]
    [InlineData("Photographs of the bridge from 1910 show the same arch (see below).")]
    [InlineData("The council approved the plan (AP reported) by 9 votes to 2.")]
    [InlineData("Scores were level at 2 of 3 sets.")]
    [InlineData("Closed this week: the old stone bridge | the ferry to the north bank | the rail crossing at the mill")]
    [InlineData("Bridge | Road")]
    [InlineData("In this town, photos of the old bridge hang in every shop.")]
    [InlineData("Written by hand, the letter reached the council on Monday.")]
    [InlineData("Residents were asked to register their cars before the bridge reopens.")]
    [InlineData("Follow the river path on foot to reach the bridge.")]
    public void IsFurnitureLine_StorySentence_False(string line)
    {
        Assert.False(ParagraphFilters.IsFurnitureLine(line));
    }

    [Fact]
    public void IsFurnitureLine_LongAgencyCaption_True()
    {
        var caption = "In this Dec. 12, 2006, file photo, " + string.Concat(Enumerable.Repeat("two engineers inspect the eastern arch of the old bridge, ", 6)) + "(AP Photo/Jo Example, File)";

        Assert.InRange(caption.Length, 321, 600);
        Assert.True(ParagraphFilters.IsFurnitureLine(caption));
    }

    [Fact]
    public void RemoveInlineBoxes_MostReadBoxInsideStory_BoxRemovedStoryKept()
    {
        List<string> paragraphs = [Story, "The council met on Monday.", "Most read in world news", "RANDY ANDY", "Prince parties in unearthed pics", "TIME TRAVELLER", "Theorists spot a face in a 120-year-old picture", Story, "The bridge reopens in May."];

        ParagraphFilters.RemoveInlineBoxes(paragraphs);

        Assert.Equal([Story, "The council met on Monday.", Story, "The bridge reopens in May."], paragraphs);
    }

    [Fact]
    public void RemoveInlineBoxes_MarkerFollowedBySentences_NothingRemoved()
    {
        List<string> paragraphs = [Story, "Related stories", "The council met on Monday.", "The bridge reopens in May.", Story];

        ParagraphFilters.RemoveInlineBoxes(paragraphs);

        Assert.Equal(5, paragraphs.Count);
    }

    [Fact]
    public void TailStart_RelatedHeadingAfterStory_IndexOfHeading()
    {
        List<string> paragraphs = ["Lead.", Story, "Second paragraph.", "Other news", "Another story teaser."];

        Assert.Equal(3, ParagraphFilters.TailStart(paragraphs));
    }

    [Fact]
    public void TailStart_SidebarHeadingBeforeMostOfStory_NoCut()
    {
        List<string> paragraphs = ["Lead.", Story, "Latest news", "Check headlines.", Story, Story];

        Assert.Equal(-1, ParagraphFilters.TailStart(paragraphs));
    }

    [Fact]
    public void TailStart_MostReadInSectionHeading_IndexOfHeading()
    {
        List<string> paragraphs = ["Lead.", Story, "Second paragraph.", "Most read in world news", "Another story teaser."];

        Assert.Equal(3, ParagraphFilters.TailStart(paragraphs));
    }

    [Fact]
    public void TailStart_TagListFollowedByLongerTeasers_IndexOfTagList()
    {
        List<string> paragraphs = ["Lead.", Story, "Tags: Bridges, Town council", "Teaser one.", Story, Story, Story];

        Assert.Equal(2, ParagraphFilters.TailStart(paragraphs));
    }

    [Fact]
    public void TailStart_TagListBeforeStory_NoCut()
    {
        List<string> paragraphs = ["Tags: Bridges", "Lead.", Story];

        Assert.Equal(-1, ParagraphFilters.TailStart(paragraphs));
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("3 thoughts on “Old bridge to reopen”")]
    [InlineData("Comments [ + Post Your Own ]")]
    public void CommentsStart_BlogCommentHeading_IndexOfHeading(string heading)
    {
        List<string> paragraphs = ["Lead.", Story, "Last line.", heading, "Great news, finally!"];

        Assert.Equal(3, ParagraphFilters.CommentsStart(paragraphs));
    }

    [Fact]
    public void CommentsStart_CommentPolicyPreamble_IndexOfPreamble()
    {
        List<string> paragraphs = ["Lead.", Story, "Last line.", "The following are comments from the readers. In no way do they represent the view of the paper."];

        Assert.Equal(3, ParagraphFilters.CommentsStart(paragraphs));
    }
}
