using Triangulate.Core.Annotations;
using Triangulate.Nlp.Quantities;

namespace Triangulate.Nlp.Tests.Quantities;

/// <summary>What a figure counts, read from the clause's structure (docs/figures.md). Sentences are our own.</summary>
public sealed class CountedThingTests
{
    private readonly QuantityExtractor _extractor = new();

    [Theory]
    [InlineData("The blast killed 12 people and injured 30 others.", "12 people", CountedKeys.Deaths)]
    [InlineData("The blast killed 12 people and injured 30 others.", "30 others", CountedKeys.Injured)]
    [InlineData("The quake struck at night, killing 40 and injuring 120.", "120", CountedKeys.Injured)]
    [InlineData("Fourteen people were taken to hospital, the fire service said.", "Fourteen people", CountedKeys.Injured)]
    [InlineData("72 people were on board the aircraft.", "72 people", CountedKeys.Aboard)]
    [InlineData("The plane was carrying 72 passengers.", "72 passengers", CountedKeys.Aboard)]
    [InlineData("The strike killed 11 people on board.", "11 people", CountedKeys.Deaths)]
    [InlineData("At least 300 people died and 1,000 were missing.", "1,000", CountedKeys.Missing)]
    [InlineData("The death toll rose to 2,012 on Sunday.", "2,012", CountedKeys.Deaths)]
    [InlineData("The number of people hurt in the blast has risen to 16.", "16", CountedKeys.Injured)]
    [InlineData("The injury toll climbed to 40.", "40", CountedKeys.Injured)]
    [InlineData("Police said two dead and three injured.", "three", CountedKeys.Injured)]
    [InlineData("Six hostages were freed on Friday.", "Six hostages", CountedKeys.Released)]
    [InlineData("Officers arrested five men.", "five men", CountedKeys.Arrested)]
    [InlineData("The talks led to the release of six sailors held in port.", "six sailors", CountedKeys.Released)]
    [InlineData("The storm left 16 people injured and 300 homeless.", "16 people", CountedKeys.Injured)]
    [InlineData("The storm left 16 people injured and 300 homeless.", "300 homeless", CountedKeys.Displaced)]
    [InlineData("Four people were shot outside the bar.", "Four people", CountedKeys.Casualties)]
    [InlineData("Two women and one man were shot to death at the house.", "Two women and one man", CountedKeys.Deaths)]
    [InlineData("A magnitude 6.1 quake hit the coast.", "6.1 quake", CountedKeys.Magnitude)]
    [InlineData("It struck at a depth of 10 km.", "10 km", CountedKeys.Depth)]
    [InlineData("The epicentre was 70 km from the city.", "70 km", CountedKeys.Distance)]
    [InlineData("A 23-year-old man was arrested.", "23-year-old", CountedKeys.Age)]
    [InlineData("Maria Lopez, 31, of Dover, was hurt.", "31", CountedKeys.Age)]
    [InlineData("Police say the gunman was aiming to kill four people.", "four people", CountedKeys.People)]
    [InlineData("The mayor said six people had received treatment after the storm.", "six people", CountedKeys.Injured)]
    [InlineData("Three people from Lower Marsh village were hurt by falling tiles.", "Three people", CountedKeys.Injured)]
    [InlineData("The four guards - three men and a woman - were killed in the raid.", "four guards", CountedKeys.Deaths)]
    [InlineData("A clerk died and two managers, Ann Roe and Bo Lund, were wounded.", "two managers", CountedKeys.Injured)]
    [InlineData("The fire injured 60, and 25 of the 60 injured remained in hospital.", "25", CountedKeys.Injured)]
    [InlineData("The storm hit at dawn, injuring 40, 15 of them on the island.", "15", CountedKeys.Injured)]
    [InlineData("The gunman took the life of two guards.", "two guards", CountedKeys.Deaths)]
    [InlineData("Two men underwent surgery after the crash.", "Two men", CountedKeys.Injured)]
    [InlineData("About 30 people had to be ushered to safety.", "About 30 people", CountedKeys.Evacuated)]
    [InlineData("The arrest of the nine smugglers was announced on Monday.", "nine smugglers", CountedKeys.Arrested)]
    [InlineData("About 500 people are housed in tents.", "About 500 people", CountedKeys.Displaced)]
    [InlineData("Almost 90 people seem certain to have died in the flood.", "Almost 90 people", CountedKeys.Deaths)]
    [InlineData("Officials said 12 of the 300 passengers and crew were confirmed dead.", "12", CountedKeys.Deaths)]
    [InlineData("The searchers found more bodies, bringing the total of dead or presumed dead to 45.", "45", CountedKeys.Deaths)]
    [InlineData("The number of dead rose to 45 on Sunday.", "45", CountedKeys.Deaths)]
    [InlineData("About 300 passengers were plucked to safety by fishing boats.", "About 300 passengers", CountedKeys.Rescued)]
    [InlineData("Rescue boats reached the reef, where 95 drowned.", "95", CountedKeys.Deaths)] // the verb is no unit
    public void Extract_Count_CountedFromClause(string text, string figure, string counted)
    {
        var q = Find(text, figure);
        Assert.Equal(counted, q.Counted);
    }

    [Theory]
    [InlineData("Five people were wounded, three of them critically.", "three", CountedKeys.Injured, "critical condition")]
    [InlineData("Two people remain in serious condition.", "Two people", CountedKeys.Injured, "serious condition")]
    [InlineData("Twelve people, including five children, were killed.", "five children", CountedKeys.Deaths, "children")]
    [InlineData("Police said two of the five victims were taken to hospital.", "two", CountedKeys.Injured, CountedKeys.PartScope)]
    [InlineData("Officials said 12 of the 300 passengers and crew were confirmed dead.", "12", CountedKeys.Deaths, null)]
    [InlineData("Four of the five people who died in the fire were named on Monday.", "Four", CountedKeys.Deaths, CountedKeys.PartScope)]
    [InlineData("The coroner named three of the four people found dead at the farm.", "three", CountedKeys.Deaths, CountedKeys.PartScope)]
    [InlineData("Six bodies lay on deck and at least another 20 dead were inside, he said.", "20", CountedKeys.Deaths, CountedKeys.PartScope)]
    [InlineData("Boats rescued 40 people at dawn. A further 85 people were rescued from the water overnight.", "85 people", CountedKeys.Rescued, CountedKeys.PartScope)]
    [InlineData("A total of 50 people were killed in the attack; an additional 53 were injured.", "53", CountedKeys.Injured, null)]
    [InlineData("One man was killed and another eight people were injured.", "eight people", CountedKeys.Injured, null)]
    [InlineData("Five tourists were among the dead.", "Five tourists", CountedKeys.Deaths, "tourists")]
    [InlineData("More than 800 people were killed in Sable province alone.", "More than 800 people", CountedKeys.Deaths, "Sable province")]
    public void Extract_PartOfACount_Scoped(string text, string figure, string counted, string? scope)
    {
        var q = Find(text, figure);
        Assert.Equal((counted, scope), (q.Counted, q.Scope));
    }

    [Theory]
    [InlineData("At least 12 people were hurt.", Bounds.AtLeast)]
    [InlineData("More than 80 people were hurt.", Bounds.MoreThan)]
    [InlineData("About 200 people were hurt.", Bounds.About)]
    [InlineData("Up to 40 people were hurt.", Bounds.UpTo)]
    [InlineData("Between 10 and 15 people were hurt.", Bounds.Range)]
    [InlineData("Twelve people were hurt.", Bounds.Exact)]
    public void Extract_Qualifier_Bound(string text, string bound)
    {
        var q = _extractor.Extract(text)[0];
        Assert.Equal(bound, q.Bound);
        Assert.Equal(bound == Bounds.Range ? 15 : null, q.ValueMax);
    }

    [Theory]
    [InlineData("A man was killed on the bridge.", CountedKeys.Deaths, 1)]
    [InlineData("An 18-year-old woman was shot and killed on Sunday.", CountedKeys.Deaths, 1)]
    [InlineData("The gunman shot and wounded a 40-year-old man.", CountedKeys.Injured, 1)]
    [InlineData("One person died at the scene.", CountedKeys.Deaths, 1)]
    [InlineData("Nobody was hurt in the fire.", CountedKeys.Injured, 0)]
    [InlineData("Police are investigating a triple homicide.", CountedKeys.Deaths, 3)]
    public void Extract_ImpliedCount_Read(string text, string counted, double value)
    {
        var q = Assert.Single(_extractor.Extract(text), m => m.Counted == counted);
        Assert.True(q.Implicit);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("Three people were killed; a man was killed near the gate.")] // one of a stated count
    [InlineData("A third person has died.")] // ordinal: one more of a count
    [InlineData("The family of a man killed last year spoke.")] // after a preposition
    [InlineData("Two women and a man were killed.")] // coordinated, counted as three
    [InlineData("A father fatally shot his neighbour's dog.")] // the subject did the shooting
    [InlineData("A 19-year-old was not injured.")] // negated
    public void Extract_SingularMentionThatIsNotACount_NoImpliedOne(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text), q => q.Implicit && q.Value == 1);
    }

    [Fact]
    public void Extract_ShotWithOneDead_SurvivorsAreInjured()
    {
        var found = _extractor.Extract("Seven people were shot, one fatally.");
        Assert.Contains(found, q => q.Counted == CountedKeys.Casualties && q.Value == 7);
        Assert.Contains(found, q => q.Counted == CountedKeys.Deaths && q.Value == 1);
        Assert.Contains(found, q => q.Counted == CountedKeys.Injured && q.Value == 6);
    }

    [Fact]
    public void Extract_NamedVictim_OneDeathFromPersonSpan()
    {
        const string text = "Kim Reyes was pronounced dead at the hospital.";
        var q = Assert.Single(_extractor.Extract(text, persons: [new Core.Model.TextSpan(0, 9)]));
        Assert.Equal((CountedKeys.Deaths, 1.0, "Kim Reyes"), (q.Counted, q.Value, q.Noun));
    }

    [Fact]
    public void Extract_InjuredWhoDiedInTheSameSentence_IsADeath()
    {
        var q = Assert.Single(_extractor.Extract("A man was taken to St. Luke's hospital, where he died."), m => m.Implicit);
        Assert.Equal(CountedKeys.Deaths, q.Counted);
    }

    [Theory]
    [InlineData("Markets reacted with alarm as Greek stocks plunged 5.4 per cent.", "greek stocks")]
    [InlineData("Greek stocks closed down 3.9 percent on Wednesday.", "greek stocks")]
    [InlineData("It fell 3 percent on Tuesday.", null)]
    [InlineData("About 52 percent of voters backed the plan.", null)]
    public void Extract_PercentChangeOfANamedSubject_ScopedToTheSubject(string text, string? scope)
    {
        var q = _extractor.Extract(text).First(m => m.Counted == CountedKeys.Percent);
        Assert.Equal(scope, q.Scope);
    }

    [Theory]
    [InlineData("The quake struck Qeshm island, home to 120,000 people, state media said.", "population of Qeshm")]
    [InlineData("Helicopters flew the injured to Bandar Abbas, a city of 500,000 people that was also jolted.", "population of Bandar Abbas")]
    [InlineData("Buildings on Qeshm Island were damaged. The island, which has about 200,000 residents, lies south of Tehran.", "population of Qeshm")]
    [InlineData("Residents of the island of Qeshm slept outside. Residents of the island, which is off the coast and is home to about 100,000 people, slept outside.", "population of Qeshm")]
    [InlineData("Qeshm is Iran's largest island in the Persian Gulf, with a population of 120,000.", "population of Qeshm")]
    [InlineData("The island, home to 120,000 people, was hit.", null)]
    public void Extract_PopulationOfANamedPlace_IsPeopleScopedToThePlace(string text, string? scope)
    {
        var q = _extractor.Extract(text).First(m => m.Value >= 1000);
        Assert.Equal(scope, q.Scope);
        Assert.Equal(scope is null ? q.Counted : CountedKeys.People, q.Counted);
    }

    [Theory]
    [InlineData("Officers found a man suffering from a gunshot wound. He was taken to a hospital, where he was later pronounced dead.", CountedKeys.Deaths)]
    [InlineData("Officers found a boy suffering from a gunshot wound. The boy died at the hospital.", CountedKeys.Deaths)]
    [InlineData("Officers found a man suffering from a gunshot wound. He is expected to survive.", CountedKeys.Injured)]
    [InlineData("Officers found a man suffering from a gunshot wound. He said his brother died last year.", CountedKeys.Injured)]
    [InlineData("A girl was wounded at the home. The suspect died after being shot by police.", CountedKeys.Injured)]
    [InlineData("Officers found a woman suffering from a gunshot wound. The 19-year-old victim was taken to the medical center, where she passed away.", CountedKeys.Deaths)]
    public void Extract_HurtPersonWhoDiesInTheNextSentence_IsADeathOnlyWhenTheSubjectIsThatPerson(string text, string key)
    {
        var q = _extractor.Extract(text).First(m => m.Implicit);
        Assert.Equal((key, 1.0), (q.Counted, q.Value));
    }

    [Theory]
    [InlineData("A 5.6-magnitude earthquake hit the island.", "5.6", CountedKeys.Magnitude)]
    [InlineData("A 5.6 magnitude earthquake hit the island.", "5.6", CountedKeys.Magnitude)]
    [InlineData("The survey said it had a magnitude of 5.9.", "5.9", CountedKeys.Magnitude)]
    [InlineData("An earthquake measuring 5.6 on the Richter scale jolted the island.", "5.6", CountedKeys.Magnitude)]
    [InlineData("The island was hit by a 6.1 quake in September.", "6.1", CountedKeys.Magnitude)]
    [InlineData("The navy captured 23 pirates off the coast.", "23", CountedKeys.Arrested)]
    [InlineData("At least 46 demonstrators were arrested.", "At least 46", CountedKeys.Arrested)]
    [InlineData("Three people were found with gunshot wounds near the park.", "Three", CountedKeys.Casualties)]
    [InlineData("A celebration at the bar ended with five people in the hospital.", "five", CountedKeys.Injured)]
    [InlineData("Police arrested a suspect in the shooting of four men on the porch.", "four", CountedKeys.Casualties)]
    [InlineData("The three other people were treated at Erie County Medical Center.", "three", CountedKeys.Injured)]
    [InlineData("Police Capt. Tom Reed and Trooper Will Hale, both 51, died at the scene.", "51", CountedKeys.Age)]
    [InlineData("Lopez, who was 18 at the time of the shooting, confessed.", "18", CountedKeys.Age)]
    [InlineData("The plan raises the retirement age to 69 over 16 years.", "69", CountedKeys.Age)]
    [InlineData("She was a mother of 12 children.", "12", CountedKeys.People)]
    [InlineData("The patrol boat had 26 Bantu crew onboard.", "26", CountedKeys.Aboard)]
    [InlineData("The ferry had 40 crew aboard when it sank.", "40", CountedKeys.Aboard)]
    [InlineData("Rioters left 565 shops damaged in the capital.", "565", CountedKeys.Buildings)]
    [InlineData("Hundreds of stores were looted overnight.", "Hundreds", CountedKeys.Buildings)]
    [InlineData("He died hours after a police bust of almost 100 people.", "almost 100", CountedKeys.Arrested)]
    [InlineData("Coast guards foiled the raid, apprehending 14 smugglers.", "14", CountedKeys.Arrested)]
    [InlineData("The league sent three observers to monitor the vote.", "three", CountedKeys.People)]
    [InlineData("A total of 288 candidates ran for 125 seats.", "288", CountedKeys.People)]
    [InlineData("He is accused of killing three co - workers at the plant.", "three", CountedKeys.Deaths)]
    [InlineData("In the main square, where 10,000 gathered, police fired tear gas.", "10,000", CountedKeys.People)]
    [InlineData("Police said 1,000 demonstrated in the north.", "1,000", CountedKeys.People)]
    public void Extract_WrittenForms_CountedFromTheWords(string text, string number, string counted)
    {
        var found = _extractor.Extract(text);
        var q = Assert.Single(found, q => text.AsSpan(q.Span.Start).StartsWith(number, StringComparison.Ordinal) && !q.Implicit);
        Assert.Equal(counted, q.Counted);
    }

    [Theory]
    [InlineData("Three of those killed were vacationing with their spouses.", "Three", CountedKeys.Deaths)]
    [InlineData("Two of those injured remain in hospital.", "Two", CountedKeys.Injured)]
    public void Extract_PartOfThoseKilled_IsAPartOfAnUnstatedWhole(string text, string number, string counted)
    {
        var q = Assert.Single(_extractor.Extract(text), q => text.AsSpan(q.Span.Start).StartsWith(number, StringComparison.Ordinal));
        Assert.Equal((counted, CountedKeys.PartScope), (q.Counted, q.Scope));
    }

    [Theory]
    [InlineData("The quake was 18.5 km (11.5 miles) deep.", "18.5", CountedKeys.Depth)]
    [InlineData("The quake was 18.5 km (11.5 miles) deep.", "11.5", CountedKeys.Depth)]
    [InlineData("It struck at a depth of 18.5 km (11.5 miles).", "11.5", CountedKeys.Depth)]
    [InlineData("It struck at a depth of 18.5 km (11.5 miles).", "18.5", CountedKeys.Depth)]
    [InlineData("The epicentre was 71 km (44 miles) southwest of the city.", "44", CountedKeys.Distance)]
    public void Extract_ConvertedLength_SameMeasureAsTheFigureItConverts(string text, string number, string counted)
    {
        var found = _extractor.Extract(text);
        var q = Assert.Single(found, q => text.AsSpan(q.Span.Start).StartsWith(number, StringComparison.Ordinal));
        Assert.Equal(counted, q.Counted);
    }

    [Theory]
    [InlineData("The quake, which registered six on the 12-point Mercalli scale, shook the capital.", "six", 6)]
    [InlineData("It measured between 6.5 and seven on the 12-point international Mercalli scale.", "6.5", 6.5)]
    [InlineData("The tremor registered 5 on the modified Mercalli scale in the port.", "5", 5)]
    public void Extract_MercalliReading_IsAnIntensityNotAMagnitude(string text, string number, double value)
    {
        var found = _extractor.Extract(text);
        var q = Assert.Single(found, q => text.AsSpan(q.Span.Start).StartsWith(number, StringComparison.Ordinal));
        Assert.Equal((CountedKeys.Other, CountedKeys.IntensityScope, value), (q.Counted, q.Scope, q.Value));
    }

    [Theory]
    [InlineData("The 2.8 to 3.8 aftershocks were felt.", "2.8")]
    [InlineData("Shares fell 5.6 percent on the news.", "5.6")]
    public void Extract_DecimalNotAQuake_NotMagnitude(string text, string number)
    {
        var found = _extractor.Extract(text);
        Assert.DoesNotContain(found, q => text.AsSpan(q.Span.Start).StartsWith(number, StringComparison.Ordinal) && q.Counted == CountedKeys.Magnitude);
    }

    [Theory]
    [InlineData("The quake left more than 31, 000 people dead.", "more than 31, 000 people", 31000)]
    [InlineData("The survey said it was a magnitude - 6. 1 temblor.", "6. 1", 6.1)]
    [InlineData("In 2005, 120 people were killed.", "120 people", 120)]
    [InlineData("Police said 6. 12 people were hurt.", "12 people", 12)]
    public void Extract_SpacedDigits_JoinedOnlyInTheirExactShape(string text, string figure, double value)
    {
        var found = _extractor.Extract(text);
        var q = Assert.Single(found, q => text.AsSpan(q.Span.Start).StartsWith(figure, StringComparison.Ordinal) && !q.Implicit);
        Assert.Equal(value, q.Value, 6);
    }

    [Theory]
    [InlineData("The club made him a 10-year offer worth $200 million.")]
    [InlineData("The team offered an eight - year contract.")]
    [InlineData("Police ended a 41-year search for the killer.")]
    public void Extract_YearsBeforeANounOtherThanOld_AreNoAge(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text), q => q.Counted == CountedKeys.Age);
    }

    [Theory]
    [InlineData("A 15-year-old boy was hurt.", "15")]
    [InlineData("The 35 - year - old was hurt.", "35")]
    [InlineData("A 2-year-old girl was hurt.", "2")]
    [InlineData("The slugger, who will turn 29 in April, signed on Monday.", "29")]
    public void Extract_YearsOld_AreAnAge(string text, string number)
    {
        Assert.Contains(_extractor.Extract(text), q => q.Counted == CountedKeys.Age && text.AsSpan(q.Span.Start).StartsWith(number, StringComparison.Ordinal));
    }

    private QuantityAnnotation Find(string text, string figure)
    {
        var found = _extractor.Extract(text);
        return Assert.Single(found, q => text.Substring(q.Span.Start, q.Span.Length) == figure && !q.Implicit);
    }
}
