namespace InterviewLoop.Grains.Hosting;

/// <summary>Which class implements each grain interface, and how to construct it.</summary>
public sealed class GrainCatalog
{
    private readonly Dictionary<Type, Func<Grain>> _factories = [];

    /// <summary>Registers <paramref name="create"/> as the factory of grains of <typeparamref name="TGrainInterface"/>.</summary>
    public GrainCatalog Add<TGrainInterface>(Func<Grain> create) where TGrainInterface : IGrainWithStringKey
    {
        _factories[typeof(TGrainInterface)] = create;
        return this;
    }

    internal Grain Create(Type grainInterface) =>
        _factories.TryGetValue(grainInterface, out var create)
            ? create()
            : throw new InvalidOperationException($"No grain class is registered for {grainInterface.Name}.");

    internal bool Knows(Type grainInterface) => _factories.ContainsKey(grainInterface);
}
