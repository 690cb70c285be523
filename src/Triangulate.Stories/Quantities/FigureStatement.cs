using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Quantities;

/// <summary>One measurement of a story with the article it was read from, when it held, and the article's place in the story.</summary>
public sealed record FigureStatement(Article Article, QuantityAnnotation Quantity, DateTimeOffset? AsOf, int Order);
