using System.Runtime.CompilerServices;

// The throwaway training console measures and prunes models through internal types.
